import type { DemoPage } from './demo-types';

/**
 * Demo static pages (original, fictional content), one per language for each group.
 */
export const DEMO_PAGES: DemoPage[] = [
  // ---------------------------------------------------------------------------
  // About
  // ---------------------------------------------------------------------------
  {
    key: 'page-about-fr',
    group: 'about',
    language: 'fr',
    path: 'qui-sommes-nous',
    title: 'Qui sommes-nous',
    summary:
      "Depuis 1961, l'Agence de coopération internationale (ACI) œuvre pour une mobilité humaine sûre, digne et bénéfique pour tous.",
    body: [
      {
        paragraph:
          "Fondée en 1961, l'Agence de coopération internationale (ACI) est une organisation intergouvernementale qui compte aujourd'hui 160 États membres et qui est présente dans 150 pays. Son siège se trouve à Genève.",
      },
      {
        paragraph:
          "L'ACI accompagne les gouvernements, les communautés et les personnes en mouvement face aux grands défis de notre temps : migrations de travail, crises humanitaires, changement climatique, santé publique et développement durable.",
      },
      {
        bullets: [
          "protéger les personnes migrantes et déplacées et leur porter secours dans les situations d'urgence ;",
          "favoriser des voies de migration régulières, notamment pour la main-d'œuvre ;",
          'renforcer la résilience des communautés face aux catastrophes et au changement climatique ;',
          'produire des données fiables pour éclairer les politiques publiques.',
        ],
      },
      {
        paragraph:
          "Notre action repose sur le respect des droits humains, l'impartialité et la conviction que la migration, lorsqu'elle est bien gérée, contribue au développement des pays d'origine comme des pays d'accueil.",
      },
    ],
  },
  {
    key: 'page-about-en',
    group: 'about',
    language: 'en',
    path: 'about-us',
    title: 'About us',
    summary:
      'Since 1961, the International Cooperation Agency (ICA) has worked for human mobility that is safe, dignified and beneficial for all.',
    body: [
      {
        paragraph:
          'Founded in 1961, the International Cooperation Agency (ICA) is an intergovernmental organization that now has 160 Member States and is present in 150 countries. Its headquarters are in Geneva.',
      },
      {
        paragraph:
          'ICA supports governments, communities and people on the move as they face the major challenges of our time: labour migration, humanitarian crises, climate change, public health and sustainable development.',
      },
      {
        bullets: [
          'protecting migrants and displaced people and assisting them in emergencies;',
          'promoting regular migration pathways, including for workers;',
          'strengthening the resilience of communities to disasters and climate change;',
          'producing reliable data to inform public policy.',
        ],
      },
      {
        paragraph:
          'Our work is grounded in respect for human rights, impartiality and the conviction that well-managed migration contributes to the development of countries of origin and destination alike.',
      },
    ],
  },
  {
    key: 'page-about-es',
    group: 'about',
    language: 'es',
    path: 'quienes-somos',
    title: 'Quiénes somos',
    summary:
      'Desde 1961, la Agencia de Cooperación Internacional (ACI) trabaja por una movilidad humana segura, digna y beneficiosa para todos.',
    body: [
      {
        paragraph:
          'Fundada en 1961, la Agencia de Cooperación Internacional (ACI) es una organización intergubernamental que cuenta hoy con 160 Estados Miembros y tiene presencia en 150 países. Su sede se encuentra en Ginebra.',
      },
      {
        paragraph:
          'La ACI acompaña a los gobiernos, las comunidades y las personas en movimiento ante los grandes desafíos de nuestro tiempo: la migración laboral, las crisis humanitarias, el cambio climático, la salud pública y el desarrollo sostenible.',
      },
      {
        bullets: [
          'proteger a las personas migrantes y desplazadas y asistirlas en situaciones de emergencia;',
          'promover vías de migración regular, en particular para las personas trabajadoras;',
          'fortalecer la resiliencia de las comunidades frente a los desastres y el cambio climático;',
          'producir datos fiables para orientar las políticas públicas.',
        ],
      },
      {
        paragraph:
          'Nuestra labor se basa en el respeto de los derechos humanos, la imparcialidad y la convicción de que la migración, cuando se gestiona bien, contribuye al desarrollo tanto de los países de origen como de los de destino.',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Structure
  // ---------------------------------------------------------------------------
  {
    key: 'page-structure-fr',
    group: 'structure',
    language: 'fr',
    path: 'qui-sommes-nous/structure',
    title: 'Structure',
    summary:
      "L'ACI est dirigée par une Directrice générale élue par les États membres et s'appuie sur des départements au siège et un réseau de bureaux régionaux et nationaux.",
    body: [
      {
        paragraph:
          "Les États membres définissent les orientations de l'ACI au sein du Conseil, qui se réunit chaque année à Genève, et d'un Comité permanent chargé du programme et des finances. La Directrice générale est élue pour un mandat de cinq ans.",
      },
      { heading: 'Organisation du siège et du réseau de bureaux' },
      {
        bullets: [
          'Bureau de la Directrice générale',
          'Directrice générale adjointe chargée des opérations',
          "Département des opérations et des situations d'urgence",
          "Département de la gouvernance des migrations et de la mobilité de la main-d'œuvre",
          'Département des partenariats et de la communication',
          "Département de l'administration, des finances et des ressources humaines",
          "Centre mondial d'analyse des données sur la mobilité",
          "Bureaux régionaux : Amériques (San José), Afrique de l'Ouest et du Centre (Dakar), Asie et Pacifique (Bangkok)",
        ],
      },
      {
        paragraph:
          "Les bureaux nationaux, placés sous l'autorité d'une cheffe ou d'un chef de mission, mettent en œuvre les programmes sur le terrain en lien étroit avec les autorités du pays.",
      },
    ],
  },
  {
    key: 'page-structure-en',
    group: 'structure',
    language: 'en',
    path: 'about-us/structure',
    title: 'Structure',
    summary:
      'ICA is led by a Director General elected by Member States and relies on departments at headquarters and a network of regional and country offices.',
    body: [
      {
        paragraph:
          'Member States set the direction of ICA through the Council, which meets every year in Geneva, and a Standing Committee on programmes and finance. The Director General is elected for a five-year term.',
      },
      { heading: 'Headquarters and office network' },
      {
        bullets: [
          'Office of the Director General',
          'Deputy Director General for Operations',
          'Department of Operations and Emergencies',
          'Department of Migration Governance and Labour Mobility',
          'Department of Partnerships and Communications',
          'Department of Administration, Finance and Human Resources',
          'Global Centre for Mobility Data Analysis',
          'Regional offices: the Americas (San José), West and Central Africa (Dakar), Asia and the Pacific (Bangkok)',
        ],
      },
      {
        paragraph:
          'Country offices, each headed by a Chief of Mission, run programmes on the ground in close cooperation with national authorities.',
      },
    ],
  },
  {
    key: 'page-structure-es',
    group: 'structure',
    language: 'es',
    path: 'quienes-somos/estructura',
    title: 'Estructura',
    summary:
      'La ACI está dirigida por una Directora General elegida por los Estados Miembros y se apoya en departamentos en la sede y en una red de oficinas regionales y nacionales.',
    body: [
      {
        paragraph:
          'Los Estados Miembros definen la orientación de la ACI a través del Consejo, que se reúne cada año en Ginebra, y de un Comité Permanente encargado de los programas y las finanzas. La Directora General es elegida por un mandato de cinco años.',
      },
      { heading: 'Organización de la sede y de la red de oficinas' },
      {
        bullets: [
          'Oficina de la Directora General',
          'Directora General Adjunta de Operaciones',
          'Departamento de Operaciones y Emergencias',
          'Departamento de Gobernanza de la Migración y Movilidad Laboral',
          'Departamento de Alianzas y Comunicación',
          'Departamento de Administración, Finanzas y Recursos Humanos',
          'Centro Mundial de Análisis de Datos sobre Movilidad',
          'Oficinas regionales: las Américas (San José), África Occidental y Central (Dakar), Asia y el Pacífico (Bangkok)',
        ],
      },
      {
        paragraph:
          'Las oficinas nacionales, dirigidas por una jefa o un jefe de misión, ejecutan los programas sobre el terreno en estrecha colaboración con las autoridades del país.',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Offices
  // ---------------------------------------------------------------------------
  {
    key: 'page-offices-fr',
    group: 'offices',
    language: 'fr',
    path: 'qui-sommes-nous/nos-bureaux',
    title: 'Nos bureaux',
    summary:
      "Du siège de Genève aux bureaux de terrain, l'ACI travaille au plus près des personnes qu'elle accompagne.",
    body: [
      {
        paragraph:
          "Le siège de l'ACI, à Genève, coordonne l'ensemble des activités de l'Agence. Un bureau de liaison à New York assure le lien avec les instances des Nations Unies et les missions permanentes.",
      },
      {
        bullets: [
          'Bureau régional pour les Amériques, à San José (Costa Rica), et bureaux du Panama et du Mexique',
          "Bureau régional pour l'Afrique de l'Ouest et du Centre, à Dakar, et bureaux du Sénégal et du Niger",
          "Bureau régional pour l'Asie et le Pacifique, à Bangkok, et bureaux des Philippines et du Bangladesh",
        ],
      },
      {
        paragraph:
          'Chaque bureau dispose de sa propre équipe de communication. Les coordonnées des personnes à contacter figurent au bas de chaque communiqué de presse.',
      },
    ],
  },
  {
    key: 'page-offices-en',
    group: 'offices',
    language: 'en',
    path: 'about-us/our-offices',
    title: 'Our offices',
    summary: 'From headquarters in Geneva to field offices, ICA works as close as possible to the people it supports.',
    body: [
      {
        paragraph:
          'ICA headquarters in Geneva coordinate all of the Agency’s activities. A liaison office in New York maintains links with United Nations bodies and permanent missions.',
      },
      {
        bullets: [
          'Regional Office for the Americas in San José (Costa Rica), with offices in Panama and Mexico',
          'Regional Office for West and Central Africa in Dakar, with offices in Senegal and Niger',
          'Regional Office for Asia and the Pacific in Bangkok, with offices in the Philippines and Bangladesh',
        ],
      },
      {
        paragraph:
          'Each office has its own communications team. Contact details are given at the end of every press release.',
      },
    ],
  },
  {
    key: 'page-offices-es',
    group: 'offices',
    language: 'es',
    path: 'quienes-somos/nuestras-oficinas',
    title: 'Nuestras oficinas',
    summary:
      'Desde la sede en Ginebra hasta las oficinas sobre el terreno, la ACI trabaja lo más cerca posible de las personas a las que apoya.',
    body: [
      {
        paragraph:
          'La sede de la ACI en Ginebra coordina todas las actividades de la Agencia. Una oficina de enlace en Nueva York mantiene el vínculo con los órganos de las Naciones Unidas y las misiones permanentes.',
      },
      {
        bullets: [
          'Oficina Regional para las Américas, en San José (Costa Rica), y oficinas de Panamá y México',
          'Oficina Regional para África Occidental y Central, en Dakar, y oficinas de Senegal y Níger',
          'Oficina Regional para Asia y el Pacífico, en Bangkok, y oficinas de Filipinas y Bangladés',
        ],
      },
      {
        paragraph:
          'Cada oficina cuenta con su propio equipo de comunicación. Los datos de contacto figuran al final de cada comunicado de prensa.',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Our work
  // ---------------------------------------------------------------------------
  {
    key: 'page-our-work-fr',
    group: 'our-work',
    language: 'fr',
    path: 'notre-travail',
    title: 'Notre travail',
    summary: "L'ACI relie l'action humanitaire et le développement durable dans six grands domaines d'intervention.",
    body: [
      {
        paragraph:
          "De la réponse aux catastrophes à l'accompagnement des politiques migratoires, l'ACI intervient à toutes les étapes du parcours des personnes en mouvement, avant le départ, pendant le trajet, à l'arrivée et lors du retour.",
      },
      {
        bullets: [
          'Gouvernance des migrations et gestion des frontières',
          "Mobilité de la main-d'œuvre et recrutement équitable",
          'Lutte contre la traite des personnes',
          "Situations d'urgence et solutions durables aux déplacements",
          'Climat, environnement et mobilité',
          'Santé des migrants et des communautés',
        ],
      },
      {
        paragraph:
          "Dans chacun de ces domaines, nous combinons assistance directe, appui technique aux États, production de données et dialogue entre pays d'origine, de transit et de destination.",
      },
    ],
  },
  {
    key: 'page-our-work-en',
    group: 'our-work',
    language: 'en',
    path: 'our-work',
    title: 'Our work',
    summary: 'ICA bridges humanitarian action and sustainable development across six main areas of work.',
    body: [
      {
        paragraph:
          'From disaster response to support for migration policy, ICA works at every stage of people’s journeys: before departure, in transit, on arrival and on return.',
      },
      {
        bullets: [
          'Migration governance and border management',
          'Labour mobility and fair recruitment',
          'Counter-trafficking',
          'Emergencies and durable solutions to displacement',
          'Climate, environment and mobility',
          'Migrant and community health',
        ],
      },
      {
        paragraph:
          'In each of these areas, we combine direct assistance, technical support to States, data production and dialogue between countries of origin, transit and destination.',
      },
    ],
  },
  {
    key: 'page-our-work-es',
    group: 'our-work',
    language: 'es',
    path: 'nuestro-trabajo',
    title: 'Nuestro trabajo',
    summary: 'La ACI vincula la acción humanitaria y el desarrollo sostenible en seis grandes áreas de trabajo.',
    body: [
      {
        paragraph:
          'Desde la respuesta a los desastres hasta el apoyo a las políticas migratorias, la ACI actúa en todas las etapas del recorrido de las personas en movimiento: antes de la salida, durante el tránsito, a la llegada y en el retorno.',
      },
      {
        bullets: [
          'Gobernanza de la migración y gestión de fronteras',
          'Movilidad laboral y contratación equitativa',
          'Lucha contra la trata de personas',
          'Emergencias y soluciones duraderas al desplazamiento',
          'Clima, medio ambiente y movilidad',
          'Salud de las personas migrantes y de las comunidades',
        ],
      },
      {
        paragraph:
          'En cada una de estas áreas combinamos la asistencia directa, el apoyo técnico a los Estados, la producción de datos y el diálogo entre países de origen, tránsito y destino.',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Partnerships
  // ---------------------------------------------------------------------------
  {
    key: 'page-partnerships-fr',
    group: 'partnerships',
    language: 'fr',
    path: 'notre-travail/partenariats',
    title: 'Partenariats',
    summary:
      "Aucune institution ne peut relever seule les défis de la mobilité humaine : l'ACI travaille avec un large éventail de partenaires.",
    body: [
      {
        paragraph:
          "Nos États membres sont nos premiers partenaires. Ils financent nos programmes, partagent leur expertise et s'appuient sur l'ACI pour concevoir des politiques migratoires fondées sur des données probantes.",
      },
      {
        paragraph:
          'Nous collaborons également avec les agences des Nations Unies, les organisations régionales, les banques de développement, les autorités locales, la société civile, les universités, les associations de la diaspora et le secteur privé, en particulier pour promouvoir un recrutement responsable.',
      },
      {
        paragraph:
          'Vous représentez une institution et souhaitez œuvrer avec nous ? Le Département des partenariats et de la communication examine chaque proposition et peut vous orienter vers le bureau le plus proche de votre projet.',
      },
    ],
  },
  {
    key: 'page-partnerships-en',
    group: 'partnerships',
    language: 'en',
    path: 'our-work/partnerships',
    title: 'Partnerships',
    summary:
      'No single institution can meet the challenges of human mobility alone, so ICA works with a wide range of partners.',
    body: [
      {
        paragraph:
          'Our Member States are our first partners. They fund our programmes, share their expertise and rely on ICA to design evidence-based migration policies.',
      },
      {
        paragraph:
          'We also work with United Nations agencies, regional organizations, development banks, local authorities, civil society, universities, diaspora associations and the private sector, in particular to promote responsible recruitment.',
      },
      {
        paragraph:
          'Do you represent an institution and wish to work with us? The Department of Partnerships and Communications reviews every proposal and can refer you to the office closest to your project.',
      },
    ],
  },
  {
    key: 'page-partnerships-es',
    group: 'partnerships',
    language: 'es',
    path: 'nuestro-trabajo/alianzas',
    title: 'Alianzas',
    summary:
      'Ninguna institución puede afrontar sola los desafíos de la movilidad humana, por eso la ACI trabaja con una amplia variedad de socios.',
    body: [
      {
        paragraph:
          'Nuestros Estados Miembros son nuestros primeros socios. Financian nuestros programas, comparten su experiencia y confían en la ACI para diseñar políticas migratorias basadas en datos empíricos.',
      },
      {
        paragraph:
          'También colaboramos con organismos de las Naciones Unidas, organizaciones regionales, bancos de desarrollo, autoridades locales, la sociedad civil, universidades, asociaciones de la diáspora y el sector privado, en particular para promover una contratación responsable.',
      },
      {
        paragraph:
          '¿Representa usted a una institución y desea trabajar con nosotros? El Departamento de Alianzas y Comunicación estudia cada propuesta y puede ponerle en contacto con la oficina más cercana a su proyecto.',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Where we work
  // ---------------------------------------------------------------------------
  {
    key: 'page-where-we-work-fr',
    group: 'where-we-work',
    language: 'fr',
    path: 'ou-nous-travaillons',
    title: 'Où nous travaillons',
    summary: "Présente dans 150 pays, l'ACI adapte son action aux réalités de chaque région.",
    body: [
      {
        paragraph:
          "Dans les Amériques, nos équipes soutiennent les personnes qui traversent le continent, de la forêt du Darién à la frontière nord du Mexique, et accompagnent les accords de mobilité de la main-d'œuvre entre pays voisins.",
      },
      {
        paragraph:
          "En Afrique de l'Ouest et du Centre, l'ACI appuie la libre circulation régionale, la réintégration des migrants de retour, la sécurité sanitaire aux frontières et l'adaptation des communautés sahéliennes au changement climatique.",
      },
      {
        paragraph:
          "En Asie et dans le Pacifique, nous aidons les pays à se préparer aux typhons et aux moussons, à protéger les travailleurs migrants et à faire reconnaître les compétences acquises à l'étranger.",
      },
    ],
  },
  {
    key: 'page-where-we-work-en',
    group: 'where-we-work',
    language: 'en',
    path: 'where-we-work',
    title: 'Where we work',
    summary: 'Present in 150 countries, ICA adapts its work to the realities of each region.',
    body: [
      {
        paragraph:
          'In the Americas, our teams support people crossing the continent, from the Darién jungle to Mexico’s northern border, and assist labour mobility agreements between neighbouring countries.',
      },
      {
        paragraph:
          'In West and Central Africa, ICA supports regional free movement, the reintegration of returning migrants, health security at borders and the adaptation of Sahelian communities to climate change.',
      },
      {
        paragraph:
          'In Asia and the Pacific, we help countries prepare for typhoons and monsoons, protect migrant workers and gain recognition for skills acquired abroad.',
      },
    ],
  },
  {
    key: 'page-where-we-work-es',
    group: 'where-we-work',
    language: 'es',
    path: 'donde-trabajamos',
    title: 'Dónde trabajamos',
    summary: 'Con presencia en 150 países, la ACI adapta su labor a la realidad de cada región.',
    body: [
      {
        paragraph:
          'En las Américas, nuestros equipos apoyan a las personas que atraviesan el continente, desde la selva del Darién hasta la frontera norte de México, y acompañan los acuerdos de movilidad laboral entre países vecinos.',
      },
      {
        paragraph:
          'En África Occidental y Central, la ACI apoya la libre circulación regional, la reintegración de las personas migrantes retornadas, la seguridad sanitaria en las fronteras y la adaptación de las comunidades del Sahel al cambio climático.',
      },
      {
        paragraph:
          'En Asia y el Pacífico, ayudamos a los países a prepararse para los tifones y los monzones, a proteger a las personas trabajadoras migrantes y a lograr el reconocimiento de las competencias adquiridas en el extranjero.',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Take action
  // ---------------------------------------------------------------------------
  {
    key: 'page-take-action-fr',
    group: 'take-action',
    language: 'fr',
    path: 'agir',
    title: 'Agir',
    summary: 'Chacun peut contribuer, à son échelle, à ce que la migration se fasse dans la sécurité et la dignité.',
    body: [
      {
        paragraph:
          "Que vous soyez un particulier, une entreprise ou une collectivité, il existe de nombreuses façons de soutenir le travail de l'ACI et des personnes qu'elle accompagne.",
      },
      {
        bullets: [
          "Faire un don pour financer nos interventions d'urgence ;",
          'Relayer nos campagnes de sensibilisation sur les réseaux sociaux ;',
          'Rejoindre nos équipes en tant que salarié, stagiaire ou consultant ;',
          'Accueillir et accompagner des personnes réfugiées ou migrantes dans votre commune.',
        ],
      },
      {
        paragraph:
          "Inscrivez-vous à notre lettre d'information pour recevoir chaque mois nos derniers communiqués et les témoignages recueillis par nos équipes.",
      },
    ],
  },
  {
    key: 'page-take-action-en',
    group: 'take-action',
    language: 'en',
    path: 'take-action',
    title: 'Take action',
    summary: 'Everyone can help, in their own way, to make migration safe and dignified.',
    body: [
      {
        paragraph:
          'Whether you are an individual, a company or a local authority, there are many ways to support the work of ICA and the people it assists.',
      },
      {
        bullets: [
          'Donate to fund our emergency operations;',
          'Share our awareness campaigns on social media;',
          'Join our teams as a staff member, intern or consultant;',
          'Welcome and support refugees and migrants in your community.',
        ],
      },
      {
        paragraph:
          'Sign up for our newsletter to receive our latest press releases and stories gathered by our teams every month.',
      },
    ],
  },
  {
    key: 'page-take-action-es',
    group: 'take-action',
    language: 'es',
    path: 'actuar',
    title: 'Actuar',
    summary: 'Cada persona puede contribuir, a su manera, a que la migración se realice con seguridad y dignidad.',
    body: [
      {
        paragraph:
          'Tanto si es usted un particular como una empresa o un gobierno local, existen muchas formas de apoyar la labor de la ACI y de las personas a las que acompaña.',
      },
      {
        bullets: [
          'Hacer una donación para financiar nuestras operaciones de emergencia;',
          'Difundir nuestras campañas de sensibilización en las redes sociales;',
          'Unirse a nuestros equipos como personal, pasante o consultor;',
          'Acoger y acompañar a personas refugiadas o migrantes en su municipio.',
        ],
      },
      {
        paragraph:
          'Suscríbase a nuestro boletín para recibir cada mes nuestros últimos comunicados y los testimonios recogidos por nuestros equipos.',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Work with us
  // ---------------------------------------------------------------------------
  {
    key: 'page-work-with-us-fr',
    group: 'work-with-us',
    language: 'fr',
    path: 'agir/travailler-avec-nous',
    title: 'Travailler avec nous',
    summary:
      "L'ACI recrute des profils variés, au siège comme sur le terrain, pour des postes, des stages et des missions de conseil.",
    body: [
      {
        paragraph:
          'Nos collègues travaillent dans des domaines très divers : logistique humanitaire, santé publique, droit, statistiques, communication, finances ou gestion de projets. Toutes les offres sont publiées sur notre portail de recrutement.',
      },
      {
        paragraph:
          'Nous encourageons les candidatures de femmes, de personnes en situation de handicap et de ressortissants des États membres sous-représentés au sein du personnel.',
      },
      {
        paragraph:
          "Attention aux fraudes : l'ACI ne demande jamais de frais, à aucune étape du recrutement. Toute offre exigeant un paiement doit être signalée à notre service des ressources humaines.",
      },
    ],
  },
  {
    key: 'page-work-with-us-en',
    group: 'work-with-us',
    language: 'en',
    path: 'take-action/work-with-us',
    title: 'Work with us',
    summary:
      'ICA recruits a wide range of profiles, at headquarters and in the field, for posts, internships and consultancies.',
    body: [
      {
        paragraph:
          'Our colleagues work in a wide variety of fields: humanitarian logistics, public health, law, statistics, communications, finance and project management. All vacancies are published on our recruitment portal.',
      },
      {
        paragraph:
          'We encourage applications from women, people with disabilities and nationals of Member States that are under-represented among our staff.',
      },
      {
        paragraph:
          'Beware of fraud: ICA never charges a fee at any stage of recruitment. Any offer that requires a payment should be reported to our human resources department.',
      },
    ],
  },
  {
    key: 'page-work-with-us-es',
    group: 'work-with-us',
    language: 'es',
    path: 'actuar/trabaje-con-nosotros',
    title: 'Trabaje con nosotros',
    summary:
      'La ACI contrata perfiles muy diversos, en la sede y sobre el terreno, para puestos, pasantías y consultorías.',
    body: [
      {
        paragraph:
          'Nuestras colegas y nuestros colegas trabajan en ámbitos muy variados: logística humanitaria, salud pública, derecho, estadística, comunicación, finanzas o gestión de proyectos. Todas las vacantes se publican en nuestro portal de empleo.',
      },
      {
        paragraph:
          'Alentamos las candidaturas de mujeres, de personas con discapacidad y de nacionales de los Estados Miembros que están subrepresentados en nuestro personal.',
      },
      {
        paragraph:
          'Cuidado con los fraudes: la ACI nunca cobra ninguna tarifa en ninguna etapa de la contratación. Toda oferta que exija un pago debe notificarse a nuestro departamento de recursos humanos.',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Data and research
  // ---------------------------------------------------------------------------
  {
    key: 'page-data-research-fr',
    group: 'data-research',
    language: 'fr',
    path: 'donnees-et-recherche',
    title: 'Données et recherche',
    summary:
      'Des données fiables et accessibles sont indispensables pour comprendre la mobilité humaine et y répondre.',
    body: [
      {
        paragraph:
          "Le Centre mondial d'analyse des données sur la mobilité de l'ACI collecte, vérifie et publie des informations sur les migrations et les déplacements dans plus de cent pays.",
      },
      {
        bullets: [
          'Rapport annuel sur la mobilité humaine',
          'Suivi des déplacements en situation de crise',
          'Études thématiques sur le climat, le travail et la santé',
          'Portail de données en libre accès',
        ],
      },
      {
        paragraph:
          'Nos chercheuses et chercheurs travaillent avec des universités et des instituts nationaux de statistique. Les jeux de données anonymisés peuvent être mis à la disposition des équipes de recherche sur demande.',
      },
    ],
  },
  {
    key: 'page-data-research-en',
    group: 'data-research',
    language: 'en',
    path: 'data-and-research',
    title: 'Data and research',
    summary: 'Reliable and accessible data is essential to understand human mobility and respond to it.',
    body: [
      {
        paragraph:
          'The ICA Global Centre for Mobility Data Analysis collects, verifies and publishes information on migration and displacement in more than one hundred countries.',
      },
      {
        bullets: [
          'Annual report on human mobility',
          'Displacement tracking in crises',
          'Thematic studies on climate, labour and health',
          'Open data portal',
        ],
      },
      {
        paragraph:
          'Our researchers work with universities and national statistics offices. Anonymized datasets can be made available to research teams on request.',
      },
    ],
  },
  {
    key: 'page-data-research-es',
    group: 'data-research',
    language: 'es',
    path: 'datos-e-investigacion',
    title: 'Datos e investigación',
    summary:
      'Contar con datos fiables y accesibles es indispensable para comprender la movilidad humana y responder a ella.',
    body: [
      {
        paragraph:
          'El Centro Mundial de Análisis de Datos sobre Movilidad de la ACI recopila, verifica y publica información sobre la migración y los desplazamientos en más de cien países.',
      },
      {
        bullets: [
          'Informe anual sobre movilidad humana',
          'Seguimiento de los desplazamientos en situaciones de crisis',
          'Estudios temáticos sobre clima, trabajo y salud',
          'Portal de datos de libre acceso',
        ],
      },
      {
        paragraph:
          'Nuestro equipo de investigación colabora con universidades e institutos nacionales de estadística. Los conjuntos de datos anonimizados pueden ponerse a disposición de equipos de investigación que lo soliciten.',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 2030 Agenda
  // ---------------------------------------------------------------------------
  {
    key: 'page-agenda-2030-fr',
    group: 'agenda-2030',
    language: 'fr',
    path: 'agenda-2030',
    title: "Programme de développement durable à l'horizon 2030",
    summary:
      "La migration touche presque tous les objectifs de développement durable, et l'ACI aide les États à en tirer parti.",
    body: [
      {
        paragraph:
          "En adoptant le Programme 2030, les États se sont engagés à faciliter une migration ordonnée, sûre, régulière et responsable. Cet engagement rejoint le cœur du mandat de l'ACI.",
      },
      {
        bullets: [
          'réduire le coût des transferts de fonds des migrants ;',
          'mettre fin à la traite des personnes et au travail forcé ;',
          'protéger les droits des travailleurs migrants, en particulier des femmes ;',
          'renforcer la résilience face aux catastrophes liées au climat.',
        ],
      },
      {
        paragraph:
          'Nous aidons les pays à intégrer la migration dans leurs plans nationaux de développement et à mesurer leurs progrès grâce à des indicateurs fiables.',
      },
    ],
  },
  {
    key: 'page-agenda-2030-en',
    group: 'agenda-2030',
    language: 'en',
    path: 'agenda-2030',
    title: '2030 Agenda for Sustainable Development',
    summary:
      'Migration is linked to almost every Sustainable Development Goal, and ICA helps States make the most of it.',
    body: [
      {
        paragraph:
          'By adopting the 2030 Agenda, States committed to facilitating orderly, safe, regular and responsible migration. This commitment lies at the heart of the ICA mandate.',
      },
      {
        bullets: [
          'reduce the cost of migrant remittances;',
          'end human trafficking and forced labour;',
          'protect the rights of migrant workers, especially women;',
          'build resilience to climate-related disasters.',
        ],
      },
      {
        paragraph:
          'We help countries include migration in their national development plans and measure their progress with reliable indicators.',
      },
    ],
  },
  {
    key: 'page-agenda-2030-es',
    group: 'agenda-2030',
    language: 'es',
    path: 'agenda-2030',
    title: 'Agenda 2030 para el Desarrollo Sostenible',
    summary:
      'La migración está vinculada a casi todos los Objetivos de Desarrollo Sostenible, y la ACI ayuda a los Estados a aprovechar su potencial.',
    body: [
      {
        paragraph:
          'Al adoptar la Agenda 2030, los Estados se comprometieron a facilitar una migración ordenada, segura, regular y responsable. Este compromiso está en el centro del mandato de la ACI.',
      },
      {
        bullets: [
          'reducir el costo de las remesas de las personas migrantes;',
          'poner fin a la trata de personas y al trabajo forzoso;',
          'proteger los derechos de las personas trabajadoras migrantes, en particular de las mujeres;',
          'fortalecer la resiliencia frente a los desastres relacionados con el clima.',
        ],
      },
      {
        paragraph:
          'Ayudamos a los países a integrar la migración en sus planes nacionales de desarrollo y a medir sus avances con indicadores fiables.',
      },
    ],
  },
];
