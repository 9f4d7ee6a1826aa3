import type { DemoRelease } from './demo-types';

/**
 * Demo press releases (original, fictional content).
 * Releases sharing a `group` are translations of one another.
 */
export const DEMO_RELEASES: DemoRelease[] = [
  // ---------------------------------------------------------------------------
  // Panama – labour mobility agreement (fr / es / en)
  // ---------------------------------------------------------------------------
  {
    key: 'panama-labour-corridor-fr',
    group: 'panama-labour-corridor',
    language: 'fr',
    slug: 'le-panama-et-le-costa-rica-signent-un-accord-sur-la-main-d-oeuvre-agricole',
    office: 'panama',
    author: 'writer.panama',
    state: 'published',
    daysAgo: 12,
    title: "Le Panama et le Costa Rica signent un accord pour encadrer la mobilité de la main-d'œuvre agricole",
    summary:
      "Soutenu par l'ACI, un nouvel accord bilatéral fixe des règles communes pour le recrutement, la protection sociale et le retour des travailleurs saisonniers employés aux récoltes de café et de banane.",
    datelineCity: 'Ville de Panama',
    datelineCountry: 'Panama',
    topics: ['labour-migration', 'partnerships'],
    body: [
      {
        paragraph:
          "Les ministères du Travail du Panama et du Costa Rica ont signé cette semaine un accord sur la mobilité de la main-d'œuvre qui concerne chaque année près de 18 000 travailleuses et travailleurs saisonniers employés dans les plantations de café, de banane et d'ananas des deux côtés de la frontière. Préparé avec l'appui technique de l'Agence de coopération internationale (ACI), le texte remplace des arrangements informels qui exposaient de nombreuses personnes à des frais de recrutement abusifs et à des logements insalubres.",
      },
      { paragraph: "Parmi les principales mesures prévues par l'accord figurent :" },
      {
        bullets: [
          "l'interdiction de facturer des frais de recrutement aux travailleurs ;",
          'un contrat type disponible en espagnol et dans les langues autochtones parlées par de nombreux saisonniers ;',
          "l'accès aux soins de santé dès l'arrivée sur le lieu de travail ;",
          "le transfert des cotisations de sécurité sociale d'un pays à l'autre.",
        ],
      },
      {
        quote:
          "« Cet accord place la dignité des travailleurs au cœur de la saison des récoltes. Il montre qu'une migration de main-d'œuvre bien organisée profite autant aux familles qu'aux économies des deux pays », a déclaré Elena Castañeda, cheffe de mission de l'ACI au Panama.",
      },
      {
        paragraph:
          "Au cours des douze prochains mois, l'ACI formera quelque 300 inspecteurs du travail, agents des services migratoires et représentants d'employeurs à l'application du nouvel accord. Un guichet d'information ouvrira également au poste frontière de Paso Canoas afin d'accueillir les travailleurs avant leur départ et de les informer de leurs droits.",
      },
      {
        paragraph:
          "Cette initiative s'inscrit dans le programme régional de l'ACI pour une mobilité équitable de la main-d'œuvre en Amérique centrale, qui entend œuvrer aux côtés des gouvernements, des syndicats et du secteur privé en faveur de recrutements responsables.",
      },
    ],
    contacts: [
      {
        name: 'Lucía Herrera',
        role: 'Chargée de communication',
        office: 'ACI Panama',
        phones: ['+507 555 0142', '+507 6555 0187'],
        email: 'lherrera@example.org',
      },
    ],
  },
  {
    key: 'panama-labour-corridor-es',
    pick: 0,
    group: 'panama-labour-corridor',
    language: 'es',
    slug: 'panama-y-costa-rica-firman-un-acuerdo-sobre-movilidad-de-mano-de-obra-agricola',
    office: 'panama',
    author: 'writer.panama',
    state: 'published',
    daysAgo: 12,
    title: 'Panamá y Costa Rica firman un acuerdo para regular la movilidad de la mano de obra agrícola',
    summary:
      'Con el apoyo de la ACI, un nuevo acuerdo bilateral establece reglas comunes para la contratación, la protección social y el retorno de las personas trabajadoras temporales que participan en las cosechas de café y banano.',
    datelineCity: 'Ciudad de Panamá',
    datelineCountry: 'Panamá',
    topics: ['labour-migration', 'partnerships'],
    body: [
      {
        paragraph:
          'Los ministerios de Trabajo de Panamá y Costa Rica firmaron esta semana un acuerdo sobre movilidad de la mano de obra que cada año beneficia a cerca de 18 000 trabajadoras y trabajadores temporales empleados en las plantaciones de café, banano y piña a ambos lados de la frontera. Preparado con el apoyo técnico de la Agencia de Cooperación Internacional (ACI), el texto sustituye arreglos informales que exponían a muchas personas a cobros abusivos de contratación y a viviendas insalubres.',
      },
      { paragraph: 'Entre las principales medidas previstas en el acuerdo figuran:' },
      {
        bullets: [
          'la prohibición de cobrar tarifas de contratación a las personas trabajadoras;',
          'un contrato tipo disponible en español y en las lenguas indígenas que hablan muchas de las personas trabajadoras temporales;',
          'el acceso a la atención de salud desde la llegada al lugar de trabajo;',
          'la transferencia de las cotizaciones a la seguridad social de un país a otro.',
        ],
      },
      {
        quote:
          '«Este acuerdo pone la dignidad de las personas trabajadoras en el centro de la temporada de cosecha. Demuestra que una migración laboral bien organizada beneficia tanto a las familias como a las economías de ambos países», declaró Elena Castañeda, jefa de misión de la ACI en Panamá.',
      },
      {
        paragraph:
          'Durante los próximos doce meses, la ACI capacitará a unos 300 inspectores de trabajo, agentes de los servicios migratorios y representantes de empleadores en la aplicación del nuevo acuerdo. Además, se abrirá una ventanilla de información en el puesto fronterizo de Paso Canoas para recibir a las personas trabajadoras antes de su salida e informarles sobre sus derechos.',
      },
      {
        paragraph:
          'Esta iniciativa forma parte del programa regional de la ACI para una movilidad laboral equitativa en Centroamérica, que busca trabajar junto a los gobiernos, los sindicatos y el sector privado en favor de una contratación responsable.',
      },
    ],
    contacts: [
      {
        name: 'Lucía Herrera',
        role: 'Oficial de comunicación',
        office: 'ACI Panamá',
        phones: ['+507 555 0142', '+507 6555 0187'],
        email: 'lherrera@example.org',
      },
    ],
  },
  {
    key: 'panama-labour-corridor-en',
    group: 'panama-labour-corridor',
    language: 'en',
    slug: 'panama-and-costa-rica-sign-agreement-on-agricultural-labour-mobility',
    office: 'panama',
    author: 'writer.panama',
    state: 'published',
    daysAgo: 12,
    title: 'Panama and Costa Rica sign an agreement to govern the mobility of agricultural workers',
    summary:
      'Backed by ICA, a new bilateral agreement sets common rules for the recruitment, social protection and return of seasonal workers who bring in the coffee and banana harvests.',
    datelineCity: 'Panama City',
    datelineCountry: 'Panama',
    topics: ['labour-migration', 'partnerships'],
    body: [
      {
        paragraph:
          'The labour ministries of Panama and Costa Rica this week signed a labour mobility agreement covering nearly 18,000 seasonal workers who are employed every year on coffee, banana and pineapple plantations on both sides of the border. Drafted with technical support from the International Cooperation Agency (ICA), the text replaces informal arrangements that left many people exposed to abusive recruitment fees and unsanitary housing.',
      },
      { paragraph: 'The main measures set out in the agreement include:' },
      {
        bullets: [
          'a ban on charging recruitment fees to workers;',
          'a standard contract available in Spanish and in the Indigenous languages spoken by many seasonal workers;',
          'access to health care from the day workers arrive at their workplace;',
          'the transfer of social security contributions from one country to the other.',
        ],
      },
      {
        quote:
          '“This agreement puts the dignity of workers at the heart of the harvest season. It shows that well-organized labour migration benefits families and the economies of both countries alike,” said Elena Castañeda, ICA Chief of Mission in Panama.',
      },
      {
        paragraph:
          'Over the next twelve months, ICA will train some 300 labour inspectors, migration officers and employer representatives to apply the new agreement. An information desk will also open at the Paso Canoas border crossing to welcome workers before they set off and to inform them of their rights.',
      },
      {
        paragraph:
          'The initiative is part of the ICA regional programme for fair labour mobility in Central America, which works alongside governments, trade unions and the private sector to promote responsible recruitment.',
      },
    ],
    contacts: [
      {
        name: 'Lucía Herrera',
        role: 'Communications Officer',
        office: 'ICA Panama',
        phones: ['+507 555 0142', '+507 6555 0187'],
        email: 'lherrera@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Senegal – youth employment in solar energy (fr / en)
  // ---------------------------------------------------------------------------
  {
    key: 'senegal-youth-solar-fr',
    pick: 0,
    group: 'senegal-youth-solar',
    language: 'fr',
    slug: 'senegal-1-200-jeunes-de-kolda-et-tambacounda-formes-aux-metiers-du-solaire',
    office: 'senegal',
    author: 'writer.dakar',
    state: 'published',
    daysAgo: 45,
    title: "Sénégal : 1 200 jeunes de Kolda et Tambacounda formés aux métiers de l'énergie solaire",
    summary:
      "Un programme de l'ACI et de ses partenaires offre aux jeunes de deux régions de forte émigration une formation qualifiante et un accompagnement vers un emploi local durable.",
    datelineCity: 'Dakar',
    datelineCountry: 'Sénégal',
    topics: ['sustainable-development', 'labour-migration'],
    body: [
      {
        paragraph:
          "Quelque 1 200 jeunes femmes et hommes des régions de Kolda et de Tambacounda ont reçu cette semaine leur certificat d'installateur et de technicien de maintenance de systèmes solaires, au terme d'une formation de six mois organisée par l'Agence de coopération internationale (ACI) avec deux centres de formation professionnelle et la chambre des métiers locale.",
      },
      {
        paragraph:
          "Ces deux régions comptent parmi celles d'où partent chaque année de nombreux jeunes, souvent par des routes dangereuses, faute de perspectives sur place. Le programme vise à leur offrir une alternative concrète en misant sur un secteur en pleine croissance : l'électrification des villages, des centres de santé et des périmètres maraîchers.",
      },
      {
        bullets: [
          '42 % des diplômés sont des jeunes femmes ;',
          '310 participants ont déjà signé un contrat avec une entreprise partenaire ;',
          '180 autres recevront un kit de démarrage pour créer leur propre microentreprise ;',
          '65 écoles et postes de santé ruraux seront équipés par les apprentis dans le cadre de leur stage.',
        ],
      },
      {
        paragraph:
          "« Ces jeunes ne demandent pas l'aumône, ils demandent une chance de bâtir leur avenir chez eux. Le développement local passe par des métiers qualifiés et par une main-d'œuvre reconnue », a souligné Mamadou Faye, coordonnateur du programme à l'ACI Sénégal.",
      },
      {
        paragraph:
          "Les autorités régionales se sont engagées à intégrer les nouveaux techniciens dans les chantiers publics d'électrification rurale prévus d'ici deux ans. Une deuxième promotion de 1 500 apprentis débutera en janvier, avec une ouverture à la région de Sédhiou.",
      },
    ],
    contacts: [
      {
        name: 'Mamadou Faye',
        role: 'Chargé de communication',
        office: 'ACI Sénégal',
        phones: ['+221 33 555 12 34', '+221 77 555 43 21'],
        email: 'mfaye@example.org',
      },
    ],
    // Changed after the English version was published: that version shows "source changed since".
    laterRevision: {
      daysAgo: 3,
      message: 'Deuxième promotion : date et effectifs confirmés',
      summary:
        "Un programme de l'ACI et de ses partenaires offre aux jeunes de deux régions de forte émigration une formation qualifiante, un accompagnement vers un emploi local durable et, dès février, une deuxième promotion.",
      lastParagraph:
        "Les autorités régionales se sont engagées à intégrer les nouveaux techniciens dans les chantiers publics d'électrification rurale prévus d'ici deux ans. La deuxième promotion, portée à 1 800 apprentis, débutera le 3 février et s'ouvrira aux régions de Sédhiou et de Kédougou.",
    },
  },
  {
    key: 'senegal-youth-solar-en',
    translatedFrom: 'senegal-youth-solar-fr',
    pick: 0,
    group: 'senegal-youth-solar',
    language: 'en',
    slug: 'senegal-1-200-young-people-from-kolda-and-tambacounda-trained-for-solar-jobs',
    office: 'senegal',
    author: 'writer.dakar',
    state: 'published',
    daysAgo: 45,
    title: 'Senegal: 1,200 young people from Kolda and Tambacounda trained for jobs in solar energy',
    summary:
      'A programme run by ICA and its partners gives young people from two regions with high emigration rates a recognized qualification and support towards lasting local employment.',
    datelineCity: 'Dakar',
    datelineCountry: 'Senegal',
    topics: ['sustainable-development', 'labour-migration'],
    body: [
      {
        paragraph:
          'Some 1,200 young women and men from the regions of Kolda and Tambacounda this week received their certificates as solar system installers and maintenance technicians, after a six-month course organized by the International Cooperation Agency (ICA) with two vocational training centres and the local chamber of trades.',
      },
      {
        paragraph:
          'Every year, many young people leave these two regions, often along dangerous routes, for lack of prospects at home. The programme aims to offer them a practical alternative by focusing on a fast-growing sector: bringing electricity to villages, health centres and market gardens.',
      },
      {
        bullets: [
          '42 per cent of the graduates are young women;',
          '310 participants have already signed a contract with a partner company;',
          'another 180 will receive a starter kit to set up their own micro-business;',
          '65 rural schools and health posts will be equipped by the apprentices as part of their work placement.',
        ],
      },
      {
        paragraph:
          '“These young people are not asking for charity; they are asking for a chance to build their future at home. Local development depends on skilled trades and on a workforce whose qualifications are recognized,” said Mamadou Faye, programme coordinator at ICA Senegal.',
      },
      {
        paragraph:
          'Regional authorities have committed to employing the new technicians on the public rural electrification projects planned over the next two years. A second cohort of 1,500 apprentices will start in January, with the programme expanding to the Sédhiou region.',
      },
    ],
    contacts: [
      {
        name: 'Mamadou Faye',
        role: 'Communications Officer',
        office: 'ICA Senegal',
        phones: ['+221 33 555 12 34', '+221 77 555 43 21'],
        email: 'mfaye@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // HQ – global data report on disaster displacement (fr / en / es)
  // ---------------------------------------------------------------------------
  {
    key: 'hq-mobility-data-report-fr',
    group: 'hq-mobility-data-report',
    language: 'fr',
    slug: 'rapport-de-l-aci-sur-les-donnees-migratoires-hausse-record-des-deplacements',
    office: 'hq',
    author: 'editor',
    state: 'published',
    daysAgo: 1,
    title:
      "Le rapport annuel de l'ACI sur les données migratoires révèle une hausse record des déplacements liés aux catastrophes",
    summary:
      "Selon la nouvelle édition du rapport de l'ACI sur la mobilité humaine, les inondations, tempêtes et sécheresses ont provoqué plus de déplacements internes que les conflits pour la troisième année consécutive.",
    datelineCity: 'Genève',
    datelineCountry: 'Suisse',
    topics: ['data-research', 'climate', 'migration-governance'],
    body: [
      {
        paragraph:
          "L'Agence de coopération internationale (ACI) publie aujourd'hui son rapport annuel sur la mobilité humaine, qui rassemble les données de 128 pays. Le document montre que les catastrophes naturelles ont été à l'origine de plus de déplacements internes que les conflits et la violence, une tendance observée pour la troisième année consécutive.",
      },
      { heading: 'Principales conclusions' },
      {
        numbered: [
          "Les inondations représentent à elles seules près de la moitié des déplacements liés aux catastrophes, en particulier en Asie du Sud et en Afrique de l'Ouest.",
          'Plus de six personnes déplacées sur dix vivent en zone urbaine ou périurbaine, et non dans des camps.',
          'Les femmes et les enfants restent surreprésentés parmi les personnes durablement déplacées, souvent privées de sécurité foncière.',
          "Les pays qui disposent de systèmes d'alerte précoce enregistrent jusqu'à 40 % de décès en moins lors d'événements comparables.",
        ],
      },
      {
        figure: {
          image: 'bangladesh-monsoon-preparedness',
          caption: 'Exercice d’alerte précoce avec des volontaires à Cox’s Bazar, au Bangladesh',
        },
      },
      {
        table: {
          caption: 'Déplacements internes par cause en 2025, en millions (données fictives)',
          rows: [
            ['Cause', 'Déplacements (millions)', 'Évolution sur un an'],
            ['Inondations', '14,2', '+18 %'],
            ['Tempêtes', '9,8', '+6 %'],
            ['Sécheresses', '3,1', '+11 %'],
            ['Conflits et violence', '11,7', '−4 %'],
          ],
        },
      },
      {
        paragraph:
          "Le rapport rappelle que les personnes déplacées à l'intérieur de leur pays ne bénéficient pas du même cadre de protection que les réfugiés, alors que leurs besoins sont souvent comparables : logement, accès aux soins, documents d'identité et moyens de subsistance.",
      },
      {
        quote:
          "« Derrière chaque chiffre, il y a une famille qui a tout perdu en quelques heures. Des données fiables sont indispensables pour anticiper, protéger et reconstruire », a déclaré la Directrice générale de l'ACI, Ingrid Valcourt.",
      },
      {
        paragraph:
          "Pour la première fois, le rapport est accompagné d'un portail de données en libre accès qui permet de consulter les séries statistiques par pays, par type d'aléa et par sexe. Les équipes de l'ACI présenteront ses conclusions aux États membres lors d'une séance d'information à Genève puis à New York.",
      },
      { download: { title: 'le résumé du rapport sur la mobilité humaine 2026' } },
    ],
    contacts: [
      {
        name: 'Hélène Varga',
        role: 'Porte-parole',
        office: "Siège de l'ACI, Genève",
        phones: ['+41 22 555 01 10', '+41 79 555 32 18'],
        email: 'hvarga@example.org',
      },
      {
        name: 'Samuel Okafor-Lind',
        role: 'Chargé des relations avec les médias',
        office: "Bureau de l'ACI à New York",
        phones: ['+1 212 555 0190 ext. 214'],
        email: 'sokafor@example.org',
      },
    ],
  },
  {
    key: 'hq-mobility-data-report-en',
    group: 'hq-mobility-data-report',
    language: 'en',
    slug: 'ica-annual-migration-data-report-finds-record-rise-in-disaster-displacement',
    office: 'hq',
    author: 'editor',
    state: 'published',
    daysAgo: 1,
    title: 'ICA annual migration data report finds record rise in disaster displacement',
    summary:
      'According to the new edition of the ICA report on human mobility, floods, storms and droughts caused more internal displacement than conflict for the third year in a row.',
    datelineCity: 'Geneva',
    datelineCountry: 'Switzerland',
    topics: ['data-research', 'climate', 'migration-governance'],
    body: [
      {
        paragraph:
          'The International Cooperation Agency (ICA) today published its annual report on human mobility, which brings together data from 128 countries. The report shows that natural disasters triggered more internal displacement than conflict and violence, a trend now observed for the third year in a row.',
      },
      { heading: 'Key findings' },
      {
        numbered: [
          'Floods alone account for almost half of all disaster displacement, particularly in South Asia and West Africa.',
          'More than six in ten displaced people live in urban or peri-urban areas rather than in camps.',
          'Women and children remain over-represented among people in protracted displacement, who often lack secure land tenure.',
          'Countries with early warning systems record up to 40 per cent fewer deaths during comparable events.',
        ],
      },
      {
        figure: {
          image: 'bangladesh-monsoon-preparedness',
          caption: 'Volunteers rehearse an early-warning drill in Cox’s Bazar, Bangladesh',
        },
      },
      {
        table: {
          caption: 'Internal displacement by cause in 2025, in millions (fictional data)',
          rows: [
            ['Cause', 'Displacements (millions)', 'Change over one year'],
            ['Floods', '14.2', '+18%'],
            ['Storms', '9.8', '+6%'],
            ['Droughts', '3.1', '+11%'],
            ['Conflict and violence', '11.7', '−4%'],
          ],
        },
      },
      {
        paragraph:
          'The report points out that people displaced within their own country do not benefit from the same protection framework as refugees, even though their needs are often similar: housing, access to health care, identity documents and livelihoods.',
      },
      {
        quote:
          '“Behind every figure there is a family that lost everything in a matter of hours. Reliable data is essential if we are to anticipate, protect and rebuild,” said ICA Director General Ingrid Valcourt.',
      },
      {
        paragraph:
          'For the first time, the report comes with an open data portal where statistical series can be browsed by country, type of hazard and sex. ICA teams will present the findings to Member States at briefings in Geneva and then in New York.',
      },
      { download: { title: 'the summary of the Human Mobility Report 2026' } },
    ],
    contacts: [
      {
        name: 'Hélène Varga',
        role: 'Spokesperson',
        office: 'ICA Headquarters, Geneva',
        phones: ['+41 22 555 01 10', '+41 79 555 32 18'],
        email: 'hvarga@example.org',
      },
      {
        name: 'Samuel Okafor-Lind',
        role: 'Media Relations Officer',
        office: 'ICA Office in New York',
        phones: ['+1 212 555 0190 ext. 214'],
        email: 'sokafor@example.org',
      },
    ],
  },
  {
    key: 'hq-mobility-data-report-es',
    group: 'hq-mobility-data-report',
    language: 'es',
    slug: 'informe-anual-de-la-aci-sobre-datos-migratorios-record-de-desplazamientos',
    office: 'hq',
    author: 'editor',
    state: 'published',
    daysAgo: 1,
    title:
      'El informe anual de la ACI sobre datos migratorios revela un aumento récord de los desplazamientos por desastres',
    summary:
      'Según la nueva edición del informe de la ACI sobre movilidad humana, las inundaciones, tormentas y sequías provocaron más desplazamientos internos que los conflictos por tercer año consecutivo.',
    datelineCity: 'Ginebra',
    datelineCountry: 'Suiza',
    topics: ['data-research', 'climate', 'migration-governance'],
    body: [
      {
        paragraph:
          'La Agencia de Cooperación Internacional (ACI) publica hoy su informe anual sobre movilidad humana, que reúne datos de 128 países. El documento muestra que los desastres naturales causaron más desplazamientos internos que los conflictos y la violencia, una tendencia observada por tercer año consecutivo.',
      },
      { heading: 'Principales conclusiones' },
      {
        numbered: [
          'Las inundaciones representan por sí solas casi la mitad de los desplazamientos por desastres, en particular en Asia Meridional y en África Occidental.',
          'Más de seis de cada diez personas desplazadas viven en zonas urbanas o periurbanas, y no en campamentos.',
          'Las mujeres y los niños siguen estando sobrerrepresentados entre las personas en desplazamiento prolongado, que a menudo carecen de seguridad en la tenencia de la tierra.',
          'Los países que cuentan con sistemas de alerta temprana registran hasta un 40 % menos de muertes en eventos comparables.',
        ],
      },
      {
        figure: {
          image: 'bangladesh-monsoon-preparedness',
          caption: 'Simulacro de alerta temprana con voluntarios en Cox’s Bazar, Bangladés',
        },
      },
      {
        table: {
          caption: 'Desplazamientos internos por causa en 2025, en millones (datos ficticios)',
          rows: [
            ['Causa', 'Desplazamientos (millones)', 'Variación en un año'],
            ['Inundaciones', '14,2', '+18 %'],
            ['Tormentas', '9,8', '+6 %'],
            ['Sequías', '3,1', '+11 %'],
            ['Conflictos y violencia', '11,7', '−4 %'],
          ],
        },
      },
      {
        paragraph:
          'El informe recuerda que las personas desplazadas dentro de su propio país no gozan del mismo marco de protección que las personas refugiadas, aunque sus necesidades suelen ser similares: vivienda, acceso a la salud, documentos de identidad y medios de vida.',
      },
      {
        quote:
          '«Detrás de cada cifra hay una familia que lo perdió todo en pocas horas. Contar con datos fiables es indispensable para anticipar, proteger y reconstruir», declaró la Directora General de la ACI, Ingrid Valcourt.',
      },
      {
        paragraph:
          'Por primera vez, el informe va acompañado de un portal de datos de libre acceso que permite consultar las series estadísticas por país, tipo de amenaza y sexo. Los equipos de la ACI presentarán las conclusiones a los Estados Miembros en sesiones informativas en Ginebra y luego en Nueva York.',
      },
      { download: { title: 'el resumen del informe sobre movilidad humana 2026' } },
    ],
    contacts: [
      {
        name: 'Hélène Varga',
        role: 'Portavoz',
        office: 'Sede de la ACI, Ginebra',
        phones: ['+41 22 555 01 10', '+41 79 555 32 18'],
        email: 'hvarga@example.org',
      },
      {
        name: 'Samuel Okafor-Lind',
        role: 'Oficial de relaciones con los medios',
        office: 'Oficina de la ACI en Nueva York',
        phones: ['+1 212 555 0190 ext. 214'],
        email: 'sokafor@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Niger – return and reintegration (fr / en)
  // ---------------------------------------------------------------------------
  {
    key: 'niger-community-reintegration-fr',
    pick: 1,
    group: 'niger-community-reintegration',
    language: 'fr',
    slug: 'au-niger-850-migrants-de-retour-lancent-leur-activite-grace-a-la-reintegration',
    office: 'niger',
    author: 'writer.niamey',
    state: 'published',
    daysAgo: 260,
    title: 'Au Niger, 850 migrants de retour lancent leur activité grâce à un programme de réintégration communautaire',
    summary:
      "À Agadez, Tahoua et Zinder, des migrants revenus au pays et des jeunes des communautés d'accueil montent ensemble des projets économiques soutenus par l'ACI et les autorités locales.",
    datelineCity: 'Niamey',
    datelineCountry: 'Niger',
    topics: ['migration-governance', 'sustainable-development'],
    body: [
      {
        paragraph:
          "Huit cent cinquante migrants rentrés au Niger au cours des deux dernières années ont lancé leur propre activité économique dans le cadre d'un programme de réintégration communautaire mis en œuvre par l'Agence de coopération internationale (ACI) dans les régions d'Agadez, de Tahoua et de Zinder.",
      },
      {
        paragraph:
          "Plutôt que d'apporter un soutien uniquement individuel, le programme associe les personnes de retour à des jeunes et à des femmes des quartiers qui les accueillent. Les projets sont choisis en concertation avec les mairies afin de répondre aux besoins du marché local et de renforcer la cohésion sociale.",
      },
      { paragraph: 'Les activités financées couvrent notamment :' },
      {
        bullets: [
          "l'embouche ovine et la transformation du lait ;",
          'la réparation de motos et de téléphones portables ;',
          'la couture et la teinture de tissus ;',
          'le maraîchage irrigué par pompes solaires autour des mares.',
        ],
      },
      {
        quote:
          "« Revenir sans rien, c'est souvent vivre avec un sentiment d'échec. Travailler avec des voisins sur un projet commun permet de retrouver sa place et la confiance de sa famille », explique Moussa Abdou Kané, chef de mission de l'ACI au Niger.",
      },
      {
        paragraph:
          "Chaque participant bénéficie également d'un accompagnement psychosocial et d'un suivi pendant douze mois. Selon une enquête menée six mois après le démarrage, trois projets sur quatre génèrent déjà un revenu régulier.",
      },
    ],
    contacts: [
      {
        name: 'Rahila Moussa',
        role: 'Chargée de communication',
        office: 'ACI Niger',
        phones: ['+227 20 55 50 60'],
        email: 'rmoussa@example.org',
      },
    ],
  },
  {
    key: 'niger-community-reintegration-en',
    group: 'niger-community-reintegration',
    language: 'en',
    slug: 'in-niger-850-returning-migrants-start-businesses-through-community-reintegration',
    office: 'niger',
    author: 'writer.niamey',
    state: 'published',
    daysAgo: 260,
    title: 'In Niger, 850 returning migrants start businesses through a community reintegration programme',
    summary:
      'In Agadez, Tahoua and Zinder, migrants who have returned home and young people from host communities are running joint business projects supported by ICA and local authorities.',
    datelineCity: 'Niamey',
    datelineCountry: 'Niger',
    topics: ['migration-governance', 'sustainable-development'],
    body: [
      {
        paragraph:
          'Eight hundred and fifty migrants who returned to Niger over the past two years have started their own businesses under a community reintegration programme run by the International Cooperation Agency (ICA) in the regions of Agadez, Tahoua and Zinder.',
      },
      {
        paragraph:
          'Rather than offering support to individuals only, the programme brings returnees together with young people and women from the neighbourhoods that receive them. Projects are selected together with local councils so that they meet the needs of the local market and strengthen social cohesion.',
      },
      { paragraph: 'The activities funded include:' },
      {
        bullets: [
          'sheep fattening and milk processing;',
          'motorcycle and mobile phone repair;',
          'tailoring and fabric dyeing;',
          'market gardening irrigated with solar pumps around seasonal ponds.',
        ],
      },
      {
        quote:
          '“Coming back empty-handed often means living with a sense of failure. Working with neighbours on a shared project helps people find their place again and regain their family’s trust,” explained Moussa Abdou Kané, ICA Chief of Mission in Niger.',
      },
      {
        paragraph:
          'Each participant also receives psychosocial support and twelve months of follow-up. According to a survey carried out six months after the start of the programme, three projects out of four already generate a regular income.',
      },
    ],
    contacts: [
      {
        name: 'Rahila Moussa',
        role: 'Communications Officer',
        office: 'ICA Niger',
        phones: ['+227 20 55 50 60'],
        email: 'rmoussa@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Mexico – health care for migrants on the southern border (es / fr)
  // ---------------------------------------------------------------------------
  {
    key: 'mexico-border-health-es',
    pick: 1,
    group: 'mexico-border-health',
    language: 'es',
    slug: 'la-aci-y-las-autoridades-de-salud-refuerzan-la-atencion-medica-en-frontera-sur',
    office: 'mexico',
    author: 'writer.mexico',
    state: 'published',
    daysAgo: 330,
    title:
      'La ACI y las autoridades de salud de México refuerzan la atención médica para personas migrantes en la frontera sur',
    summary:
      'Dos unidades médicas móviles y un nuevo protocolo de detección de enfermedades permitirán atender a unas 30 000 personas en tránsito por Chiapas durante el próximo año.',
    datelineCity: 'Ciudad de México',
    datelineCountry: 'México',
    topics: ['health', 'migration-governance'],
    body: [
      {
        paragraph:
          'La Agencia de Cooperación Internacional (ACI) y la Secretaría de Salud del estado de Chiapas pusieron en marcha esta semana dos unidades médicas móviles que recorrerán los principales albergues y puntos de paso de personas migrantes entre Tapachula y Ciudad Hidalgo.',
      },
      {
        paragraph:
          'Cada unidad cuenta con personal de medicina general, enfermería y psicología, así como con pruebas rápidas para la detección de tuberculosis, dengue, VIH y sífilis. Las personas diagnosticadas son referidas a la red pública de salud, que se ha comprometido a garantizar su tratamiento sin importar su situación migratoria.',
      },
      {
        paragraph:
          'El proyecto incluye también un protocolo común de detección sanitaria en los puntos de entrada, elaborado con las autoridades migratorias, para que los controles respeten la confidencialidad y no se conviertan en un obstáculo para el acceso a la protección.',
      },
      {
        quote:
          '«La salud de las personas migrantes es parte de la salud pública. Atender a tiempo una tuberculosis en Tapachula protege también a las comunidades que las reciben», afirmó Beatriz Olmedo, jefa de misión de la ACI en México.',
      },
      {
        paragraph:
          'En sus primeros diez días de funcionamiento, las unidades móviles realizaron más de 1 400 consultas, una cuarta parte de ellas a niñas y niños menores de cinco años. La iniciativa cuenta con financiamiento de tres Estados Miembros de la ACI y se extenderá al estado de Tabasco en una segunda fase.',
      },
    ],
    contacts: [
      {
        name: 'Diego Salcedo',
        role: 'Oficial de comunicación',
        office: 'ACI México',
        phones: ['+52 55 5550 3412'],
        email: 'dsalcedo@example.org',
      },
      {
        name: 'Lucía Herrera',
        role: 'Comunicación regional',
        office: 'ACI Panamá',
        phones: ['+507 555 0142'],
        email: 'lherrera@example.org',
      },
    ],
  },
  {
    key: 'mexico-border-health-fr',
    group: 'mexico-border-health',
    language: 'fr',
    slug: 'l-aci-et-les-autorites-sanitaires-renforcent-les-soins-aux-migrants',
    office: 'mexico',
    author: 'writer.mexico',
    state: 'published',
    daysAgo: 330,
    title: "L'ACI et les autorités sanitaires mexicaines renforcent les soins aux migrants à la frontière sud",
    summary:
      "Deux unités médicales mobiles et un nouveau protocole de dépistage permettront de soigner quelque 30 000 personnes en transit dans l'État du Chiapas au cours de l'année à venir.",
    datelineCity: 'Mexico',
    datelineCountry: 'Mexique',
    topics: ['health', 'migration-governance'],
    body: [
      {
        paragraph:
          "L'Agence de coopération internationale (ACI) et le ministère de la Santé de l'État du Chiapas ont mis en service cette semaine deux unités médicales mobiles qui sillonneront les principaux foyers d'accueil et lieux de passage des personnes migrantes entre Tapachula et Ciudad Hidalgo.",
      },
      {
        paragraph:
          "Chaque unité dispose de personnel de médecine générale, de soins infirmiers et de psychologie, ainsi que de tests rapides pour le dépistage de la tuberculose, de la dengue, du VIH et de la syphilis. Les personnes diagnostiquées sont orientées vers le réseau de santé publique, qui s'est engagé à garantir leur traitement quel que soit leur statut migratoire.",
      },
      {
        paragraph:
          "Le projet comprend aussi un protocole commun de contrôle sanitaire aux points d'entrée, élaboré avec les autorités migratoires, afin que les contrôles respectent la confidentialité et ne deviennent pas un obstacle à l'accès à la protection.",
      },
      {
        quote:
          "« La santé des personnes migrantes fait partie de la santé publique. Soigner à temps une tuberculose à Tapachula, c'est aussi protéger les communautés qui les accueillent », a affirmé Beatriz Olmedo, cheffe de mission de l'ACI au Mexique.",
      },
      {
        paragraph:
          "Au cours de leurs dix premiers jours d'activité, les unités mobiles ont réalisé plus de 1 400 consultations, dont un quart auprès d'enfants de moins de cinq ans. L'initiative est financée par trois États membres de l'ACI et sera étendue à l'État de Tabasco lors d'une seconde phase.",
      },
    ],
    contacts: [
      {
        name: 'Diego Salcedo',
        role: 'Chargé de communication',
        office: 'ACI Mexique',
        phones: ['+52 55 5550 3412'],
        email: 'dsalcedo@example.org',
      },
      {
        name: 'Lucía Herrera',
        role: 'Communication régionale',
        office: 'ACI Panama',
        phones: ['+507 555 0142'],
        email: 'lherrera@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Philippines – typhoon response (en / fr)
  // ---------------------------------------------------------------------------
  {
    key: 'philippines-typhoon-response-en',
    pick: 1,
    group: 'philippines-typhoon-response',
    language: 'en',
    slug: 'ica-delivers-shelter-kits-and-clean-water-to-40-000-people-displaced-by-typhoon',
    office: 'philippines',
    author: 'editor',
    state: 'published',
    daysAgo: 180,
    title: 'ICA delivers shelter kits and clean water to 40,000 people displaced by a typhoon in northern Luzon',
    summary:
      'Working with provincial authorities, ICA teams are supporting evacuation centres and families whose homes were damaged or destroyed in Cagayan and Isabela.',
    datelineCity: 'Manila',
    datelineCountry: 'Philippines',
    topics: ['emergencies', 'climate'],
    body: [
      {
        paragraph:
          'Three days after a powerful typhoon made landfall in northern Luzon, the International Cooperation Agency (ICA) has begun distributing emergency aid to some 40,000 people in the provinces of Cagayan and Isabela, where rivers burst their banks and thousands of homes lost their roofs.',
      },
      { paragraph: 'In the first week of the response, ICA and its partners have:' },
      {
        bullets: [
          'distributed 6,500 shelter repair kits containing tarpaulins, rope, tools and corrugated iron sheets;',
          'installed water purification units serving 22 evacuation centres;',
          'set up displacement tracking in 140 villages to identify the most urgent needs;',
          'deployed mobile teams to provide psychological first aid and refer people at risk of abuse.',
        ],
      },
      {
        quote:
          '“Families here have faced three major storms in less than two years. Beyond the emergency, we need to help them rebuild stronger homes and move people out of the most exposed riverbanks,” said Ramon Villaflor, ICA Chief of Mission in the Philippines.',
      },
      {
        paragraph:
          'Displacement tracking data collected by ICA is shared daily with the national disaster management authorities and humanitarian partners so that assistance can be directed where gaps remain. Initial figures show that around 9,000 people are still staying in schools and gymnasiums used as evacuation centres.',
      },
      {
        paragraph:
          'ICA has released funds from its emergency reserve and is appealing for additional support to extend shelter assistance to another 15,000 people over the coming month.',
      },
    ],
    contacts: [
      {
        name: 'Marisol Dizon',
        role: 'Communications Officer',
        office: 'ICA Philippines',
        phones: ['+63 2 8555 0193', '+63 917 555 0148'],
        email: 'mdizon@example.org',
      },
    ],
  },
  {
    key: 'philippines-typhoon-response-fr',
    group: 'philippines-typhoon-response',
    language: 'fr',
    slug: 'l-aci-fournit-abris-et-eau-potable-a-40-000-personnes-deplacees-par-un-typhon',
    office: 'philippines',
    author: 'editor',
    state: 'published',
    daysAgo: 180,
    title:
      "L'ACI fournit des kits d'abri et de l'eau potable à 40 000 personnes déplacées par un typhon dans le nord de Luzon",
    summary:
      "En lien avec les autorités provinciales, les équipes de l'ACI soutiennent les centres d'évacuation et les familles dont la maison a été endommagée ou détruite à Cagayan et à Isabela.",
    datelineCity: 'Manille',
    datelineCountry: 'Philippines',
    topics: ['emergencies', 'climate'],
    body: [
      {
        paragraph:
          "Trois jours après le passage d'un violent typhon sur le nord de Luzon, l'Agence de coopération internationale (ACI) a commencé à distribuer une aide d'urgence à quelque 40 000 personnes dans les provinces de Cagayan et d'Isabela, où les rivières sont sorties de leur lit et où des milliers de maisons ont perdu leur toit.",
      },
      { paragraph: "Au cours de la première semaine d'intervention, l'ACI et ses partenaires ont :" },
      {
        bullets: [
          "distribué 6 500 kits de réparation d'abris comprenant bâches, cordes, outils et tôles ondulées ;",
          "installé des unités de potabilisation de l'eau desservant 22 centres d'évacuation ;",
          'mis en place un suivi des déplacements dans 140 villages afin de recenser les besoins les plus urgents ;',
          "déployé des équipes mobiles chargées d'apporter les premiers secours psychologiques et d'orienter les personnes exposées à des risques d'abus.",
        ],
      },
      {
        quote:
          "« Les familles d'ici ont affronté trois grosses tempêtes en moins de deux ans. Au-delà de l'urgence, nous devons les aider à reconstruire des maisons plus solides et à quitter les berges les plus exposées », a déclaré Ramon Villaflor, chef de mission de l'ACI aux Philippines.",
      },
      {
        paragraph:
          "Les données de suivi des déplacements recueillies par l'ACI sont transmises chaque jour aux autorités nationales de gestion des catastrophes et aux partenaires humanitaires, afin d'orienter l'aide là où subsistent des lacunes. Selon les premiers chiffres, environ 9 000 personnes sont toujours hébergées dans des écoles et des gymnases transformés en centres d'évacuation.",
      },
      {
        paragraph:
          "L'ACI a débloqué des fonds de sa réserve d'urgence et lance un appel à un soutien supplémentaire pour étendre l'aide en matière d'abris à 15 000 personnes de plus au cours du mois à venir.",
      },
    ],
    contacts: [
      {
        name: 'Marisol Dizon',
        role: 'Chargée de communication',
        office: 'ACI Philippines',
        phones: ['+63 2 8555 0193', '+63 917 555 0148'],
        email: 'mdizon@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Americas – regional counter-trafficking roadmap (es / en), scheduled
  // ---------------------------------------------------------------------------
  {
    key: 'americas-trafficking-roadmap-es',
    group: 'americas-trafficking-roadmap',
    language: 'es',
    slug: 'doce-paises-de-las-americas-adoptan-una-hoja-de-ruta-contra-la-trata-de-personas',
    office: 'americas',
    author: 'editor.americas',
    state: 'scheduled',
    daysAgo: -5,
    title: 'Doce países de las Américas adoptan una hoja de ruta común contra la trata de personas',
    summary:
      'Reunidos en San José con el apoyo de la ACI, representantes de doce gobiernos acordaron compartir información, armonizar la identificación de víctimas y reforzar la cooperación judicial.',
    datelineCity: 'San José',
    datelineCountry: 'Costa Rica',
    topics: ['counter-trafficking', 'partnerships'],
    body: [
      {
        paragraph:
          'Representantes de doce gobiernos de América Central, América del Sur y el Caribe adoptaron hoy en San José una hoja de ruta regional contra la trata de personas, al término de dos días de trabajo facilitados por la Oficina Regional de la Agencia de Cooperación Internacional (ACI) para las Américas.',
      },
      {
        paragraph:
          'El documento fija compromisos concretos para los próximos tres años: un procedimiento común para identificar y derivar a las víctimas, una red de puntos focales en las fiscalías especializadas y un sistema seguro para compartir información sobre las rutas y los métodos de captación, cada vez más vinculados a las redes sociales y a falsas ofertas de empleo.',
      },
      {
        quote:
          '«Las redes de trata no se detienen en las fronteras; nuestra respuesta tampoco puede hacerlo. Esta hoja de ruta demuestra que los países de la región están dispuestos a actuar juntos», señaló Ricardo Bermúdez Lara, director regional de la ACI para las Américas.',
      },
      {
        paragraph:
          'La hoja de ruta presta especial atención a las niñas, niños y adolescentes no acompañados, así como a las mujeres migrantes, que representan la mayoría de las víctimas identificadas en la región. También prevé la creación de albergues especializados y el acceso a permisos de residencia para las víctimas que lo necesiten.',
      },
      {
        paragraph:
          'La ACI acompañará su aplicación con formaciones para fuerzas policiales, inspectores de trabajo y personal consular, y publicará cada año un informe de seguimiento elaborado con los gobiernos participantes.',
      },
    ],
    contacts: [
      {
        name: 'Tomás Arrieta',
        role: 'Comunicación regional',
        office: 'Oficina Regional de la ACI para las Américas',
        phones: ['+506 5550 1200', '+506 8555 0134'],
        email: 'tarrieta@example.org',
      },
    ],
  },
  {
    key: 'americas-trafficking-roadmap-en',
    group: 'americas-trafficking-roadmap',
    language: 'en',
    slug: 'twelve-countries-in-the-americas-adopt-a-joint-roadmap-against-human-trafficking',
    office: 'americas',
    author: 'editor.americas',
    state: 'scheduled',
    daysAgo: -5,
    title: 'Twelve countries in the Americas adopt a joint roadmap against human trafficking',
    summary:
      'Meeting in San José with ICA support, representatives of twelve governments agreed to share information, harmonize victim identification and strengthen judicial cooperation.',
    datelineCity: 'San José',
    datelineCountry: 'Costa Rica',
    topics: ['counter-trafficking', 'partnerships'],
    body: [
      {
        paragraph:
          'Representatives of twelve governments from Central America, South America and the Caribbean today adopted a regional roadmap against human trafficking in San José, at the end of two days of work facilitated by the Regional Office for the Americas of the International Cooperation Agency (ICA).',
      },
      {
        paragraph:
          'The document sets out concrete commitments for the next three years: a common procedure to identify and refer victims, a network of focal points in specialized prosecutors’ offices and a secure system for sharing information on routes and recruitment methods, which are increasingly linked to social media and fake job offers.',
      },
      {
        quote:
          '“Trafficking networks do not stop at borders, and neither can our response. This roadmap shows that the countries of the region are ready to act together,” said Ricardo Bermúdez Lara, ICA Regional Director for the Americas.',
      },
      {
        paragraph:
          'The roadmap pays particular attention to unaccompanied children and adolescents, as well as to migrant women, who make up the majority of identified victims in the region. It also provides for specialized shelters and access to residence permits for victims who need them.',
      },
      {
        paragraph:
          'ICA will support its implementation with training for police forces, labour inspectors and consular staff, and will publish an annual progress report prepared with the participating governments.',
      },
    ],
    contacts: [
      {
        name: 'Tomás Arrieta',
        role: 'Regional Communications Officer',
        office: 'ICA Regional Office for the Americas',
        phones: ['+506 5550 1200', '+506 8555 0134'],
        email: 'tarrieta@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // West and Central Africa – land degradation and displacement study (fr / en)
  // ---------------------------------------------------------------------------
  {
    key: 'wca-sahel-land-study-fr',
    group: 'wca-sahel-land-study',
    language: 'fr',
    slug: 'sahel-une-etude-relie-la-degradation-des-terres-aux-deplacements-saisonniers',
    office: 'west-central-africa',
    author: 'editor',
    state: 'in_review',
    daysAgo: 3,
    title: "Sahel : une étude de l'ACI relie la dégradation des terres aux déplacements saisonniers dans cinq pays",
    summary:
      "Menée auprès de 4 000 ménages, l'étude montre que la perte de terres cultivables allonge et multiplie les départs saisonniers, sans pour autant provoquer de migration massive vers l'Europe.",
    datelineCity: 'Dakar',
    datelineCountry: 'Sénégal',
    topics: ['climate', 'data-research'],
    body: [
      {
        paragraph:
          "Le Bureau régional de l'Agence de coopération internationale (ACI) pour l'Afrique de l'Ouest et du Centre présente aujourd'hui une étude consacrée aux liens entre la dégradation des terres et la mobilité humaine au Burkina Faso, au Mali, en Mauritanie, au Niger et au Tchad.",
      },
      { heading: 'Méthodologie' },
      {
        paragraph:
          "Les chercheurs ont interrogé 4 000 ménages ruraux et croisé leurs réponses avec des images satellitaires couvrant vingt ans d'évolution de la végétation. Des groupes de discussion ont également été organisés avec des éleveurs, des agricultrices et des chefs de village.",
      },
      { heading: "Ce que révèle l'étude" },
      {
        paragraph:
          'Dans les zones où les sols se sont le plus appauvris, les départs saisonniers vers les villes et les zones minières sont deux fois plus fréquents et durent en moyenne trois mois de plus. La grande majorité de ces déplacements restent toutefois internes ou régionaux : moins de 3 % des personnes interrogées envisagent de quitter le continent.',
      },
      {
        paragraph:
          "L'étude souligne que la mobilité est au cœur des stratégies d'adaptation des familles sahéliennes et qu'elle contribue à leur sécurité alimentaire grâce aux revenus envoyés au village. Elle recommande d'investir dans la restauration des terres, de faciliter la transhumance transfrontalière et d'intégrer la mobilité dans les plans nationaux d'adaptation au changement climatique.",
      },
    ],
    contacts: [
      {
        name: 'Aïssatou Ndiaye',
        role: 'Chargée de communication régionale',
        office: "Bureau régional de l'ACI pour l'Afrique de l'Ouest et du Centre",
        phones: ['+221 33 555 10 20'],
        email: 'andiaye@example.org',
      },
    ],
  },
  {
    key: 'wca-sahel-land-study-en',
    group: 'wca-sahel-land-study',
    language: 'en',
    slug: 'sahel-ica-study-links-land-degradation-to-seasonal-displacement',
    office: 'west-central-africa',
    author: 'editor',
    state: 'in_review',
    daysAgo: 3,
    title: 'Sahel: ICA study links land degradation to seasonal displacement in five countries',
    summary:
      'Based on a survey of 4,000 households, the study shows that the loss of farmland makes seasonal departures longer and more frequent, without triggering large-scale migration to Europe.',
    datelineCity: 'Dakar',
    datelineCountry: 'Senegal',
    topics: ['climate', 'data-research'],
    body: [
      {
        paragraph:
          'The Regional Office for West and Central Africa of the International Cooperation Agency (ICA) today presents a study on the links between land degradation and human mobility in Burkina Faso, Chad, Mali, Mauritania and Niger.',
      },
      { heading: 'Methodology' },
      {
        paragraph:
          'Researchers surveyed 4,000 rural households and cross-checked their answers against satellite images covering twenty years of changes in vegetation. Focus groups were also held with herders, women farmers and village chiefs.',
      },
      { heading: 'What the study shows' },
      {
        paragraph:
          'In the areas where soils have become most depleted, seasonal departures to towns and mining areas are twice as frequent and last three months longer on average. Most of these movements nevertheless remain internal or regional: fewer than 3 per cent of respondents are considering leaving the continent.',
      },
      {
        paragraph:
          'The study stresses that mobility is at the heart of the coping strategies of Sahelian families and contributes to their food security through the income sent back to the village. It recommends investing in land restoration, facilitating cross-border transhumance and including mobility in national climate change adaptation plans.',
      },
    ],
    contacts: [
      {
        name: 'Aïssatou Ndiaye',
        role: 'Regional Communications Officer',
        office: 'ICA Regional Office for West and Central Africa',
        phones: ['+221 33 555 10 20'],
        email: 'andiaye@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Single-language releases – Americas
  // ---------------------------------------------------------------------------
  {
    key: 'panama-darien-trafficking-training-fr',
    group: 'panama-darien-trafficking-training',
    language: 'fr',
    slug: 'darien-120-agents-frontaliers-formes-a-identifier-les-victimes-de-la-traite',
    office: 'panama',
    author: 'writer.panama',
    state: 'published',
    daysAgo: 410,
    title: "Darién : 120 agents frontaliers formés à l'identification des victimes de la traite",
    summary:
      "Policiers, agents des services migratoires et personnel de santé ont suivi une formation de l'ACI pour repérer les victimes de traite parmi les personnes qui traversent la province du Darién.",
    datelineCity: 'Ville de Panama',
    datelineCountry: 'Panama',
    topics: ['counter-trafficking'],
    body: [
      {
        paragraph:
          "Cent vingt agents de la police des frontières, du service national des migrations et du ministère de la Santé ont achevé cette semaine un cycle de formation consacré à l'identification et à l'orientation des victimes de la traite des personnes, organisé par l'Agence de coopération internationale (ACI) dans les stations d'accueil migratoire de la province du Darién.",
      },
      {
        paragraph:
          "Chaque mois, des milliers de personnes arrivent épuisées dans ces stations après avoir franchi la forêt tropicale à pied. Parmi ces migrants et réfugiés se trouvent des femmes et des adolescents recrutés par de fausses promesses de travail, dont la situation passe souvent inaperçue au milieu de l'urgence humanitaire.",
      },
      {
        paragraph:
          "Les participants ont travaillé sur des études de cas, des techniques d'entretien adaptées aux enfants et aux personnes traumatisées, ainsi que sur les procédures d'orientation vers les refuges spécialisés et le parquet. Un module portait également sur la protection des données personnelles des victimes.",
      },
      {
        paragraph:
          "« Identifier une victime, c'est parfois remarquer un détail : un passeport confisqué, une dette dont on n'ose pas parler. Ces agents sont en première ligne et ils ont désormais les outils pour agir », a expliqué Elena Castañeda, cheffe de mission de l'ACI au Panama.",
      },
      {
        paragraph:
          "Un guide de poche en espagnol, en anglais, en français et en créole haïtien a été remis à chaque participant. L'ACI prévoit de former 200 agents supplémentaires au cours de l'année à Chiriquí et à Colón.",
      },
    ],
    contacts: [
      {
        name: 'Lucía Herrera',
        role: 'Chargée de communication',
        office: 'ACI Panama',
        phones: ['+507 555 0142'],
        email: 'lherrera@example.org',
      },
    ],
  },
  {
    key: 'panama-inclusive-job-fair-es',
    group: 'panama-inclusive-job-fair',
    language: 'es',
    slug: 'feria-de-empleo-reune-a-60-empresas-y-a-personas-migrantes-y-refugiadas',
    office: 'panama',
    author: 'writer.panama',
    state: 'changes_requested',
    daysAgo: 5,
    title: 'Feria de empleo reúne a 60 empresas y a personas migrantes y refugiadas en Ciudad de Panamá',
    summary:
      'Más de 2 000 personas migrantes, refugiadas y panameñas participaron en una feria de empleo inclusiva organizada por la ACI con el Ministerio de Trabajo y la cámara de comercio.',
    datelineCity: 'Ciudad de Panamá',
    datelineCountry: 'Panamá',
    topics: ['labour-migration', 'partnerships'],
    body: [
      {
        paragraph:
          'Unas 60 empresas de los sectores de logística, hotelería, construcción y servicios participaron en la primera feria de empleo inclusiva organizada por la Agencia de Cooperación Internacional (ACI), el Ministerio de Trabajo y la cámara de comercio local, que reunió a más de 2 000 personas en busca de trabajo.',
      },
      {
        paragraph:
          'Además de las entrevistas con los reclutadores, las personas participantes pudieron recibir orientación sobre la obtención del permiso de trabajo, la convalidación de títulos y la apertura de una cuenta bancaria, tres de los principales obstáculos que enfrentan las personas migrantes para acceder a un empleo formal.',
      },
      {
        bullets: [
          '1 150 entrevistas realizadas durante la jornada;',
          '340 ofertas de empleo publicadas;',
          '95 personas contratadas en las dos semanas siguientes a la feria.',
        ],
      },
      {
        paragraph:
          '«Las empresas buscan personal con experiencia y muchas personas migrantes tienen justamente esas competencias. Nuestro trabajo consiste en derribar las barreras administrativas que impiden que ambas partes se encuentren y en mostrar que la integración laboral beneficia a todo el país, a las empresas, a las familias y a la economía local», dijo Elena Castañeda, jefa de misión de la ACI en Panamá.',
      },
      {
        paragraph:
          'La ACI y sus socios prevén organizar una segunda edición en la ciudad de David, en la provincia de Chiriquí, durante el próximo semestre.',
      },
    ],
    contacts: [
      {
        name: 'Lucía Herrera',
        role: 'Oficial de comunicación',
        office: 'ACI Panamá',
        phones: ['+507 555 0142'],
        email: 'lherrera@example.org',
      },
    ],
    reviewComment:
      'Por favor, confirma con el Ministerio de Trabajo la cifra de 95 contrataciones y añade la fecha exacta de la feria en el primer párrafo. La cita de Elena Castañeda es demasiado larga: redúcela a dos frases.',
  },
  {
    key: 'mexico-juarez-winter-kits-es',
    group: 'mexico-juarez-winter-kits',
    language: 'es',
    slug: 'albergues-de-ciudad-juarez-reciben-kits-de-invierno-para-personas-migrantes',
    office: 'mexico',
    author: 'writer.mexico',
    state: 'published',
    daysAgo: 698,
    title: 'Albergues de Ciudad Juárez reciben kits de invierno para personas migrantes',
    summary:
      'La ACI entregó cobijas, ropa abrigada y calentadores a 14 albergues de la frontera norte ante la llegada de temperaturas bajo cero.',
    datelineCity: 'Ciudad de México',
    datelineCountry: 'México',
    topics: ['emergencies', 'migration-governance'],
    body: [
      {
        paragraph:
          'Ante el pronóstico de heladas en el norte del país, la Agencia de Cooperación Internacional (ACI) entregó esta semana 5 000 kits de invierno a 14 albergues de Ciudad Juárez que acogen a personas migrantes, muchas de ellas familias con niñas y niños pequeños que esperan resolver su situación migratoria.',
      },
      {
        paragraph:
          'Cada kit contiene cobijas térmicas, chamarras, gorros, guantes y calcetines, así como artículos de higiene. Los albergues con mayor capacidad recibieron además calentadores eléctricos seguros y colchonetas aislantes para reducir el riesgo de hipotermia durante la noche.',
      },
      {
        paragraph:
          'La ACI también capacitó al personal y a las personas voluntarias de los albergues para reconocer los signos de hipotermia y de intoxicación por monóxido de carbono, una causa frecuente de accidentes cuando se usan braseros en espacios cerrados.',
      },
      {
        paragraph:
          '«En invierno, la espera en la frontera puede convertirse en un riesgo para la vida. Queremos que nadie tenga que pasar la noche a la intemperie o sin abrigo», declaró Beatriz Olmedo, jefa de misión de la ACI en México.',
      },
      {
        paragraph:
          'La distribución se realizó en coordinación con las autoridades municipales y con las organizaciones de la sociedad civil que gestionan los albergues. Una segunda entrega está prevista para Tijuana y Nuevo Laredo antes de fin de año.',
      },
    ],
    contacts: [
      {
        name: 'Diego Salcedo',
        role: 'Oficial de comunicación',
        office: 'ACI México',
        phones: ['+52 55 5550 3412', '+52 656 555 0172'],
        email: 'dsalcedo@example.org',
      },
    ],
  },
  {
    key: 'mexico-seasonal-workers-study-es',
    group: 'mexico-seasonal-workers-study',
    language: 'es',
    slug: 'estudio-sobre-trabajadoras-agricolas-temporales-mexicanas-primeros-resultados',
    office: 'mexico',
    author: 'writer.mexico',
    state: 'draft',
    daysAgo: 2,
    title: 'Estudio sobre las trabajadoras agrícolas temporales mexicanas en el extranjero: primeros resultados',
    summary:
      'Una encuesta de la ACI a 900 mujeres que participan en programas de trabajo agrícola temporal documenta sus condiciones laborales, sus ingresos y el uso de las remesas en sus comunidades.',
    datelineCity: 'Ciudad de México',
    datelineCountry: 'México',
    topics: ['labour-migration', 'data-research'],
    body: [
      {
        paragraph:
          'La Agencia de Cooperación Internacional (ACI) presenta los primeros resultados de un estudio sobre las mujeres mexicanas que participan en programas de trabajo agrícola temporal en el extranjero, un grupo que ha crecido de forma constante en la última década pero sobre el que existen pocos datos.',
      },
      {
        paragraph:
          'El equipo de investigación entrevistó a 900 trabajadoras originarias de Michoacán, Oaxaca, Puebla y el Estado de México antes de su salida y a su regreso. Los resultados muestran que el ingreso de una temporada equivale en promedio a catorce meses del salario que percibían en su comunidad.',
      },
      {
        paragraph:
          'Sin embargo, el estudio también identifica dificultades: una de cada tres trabajadoras afirma no haber recibido su contrato en español, y muchas señalan problemas para acceder a servicios de salud reproductiva durante su estancia. La separación de sus hijas e hijos es la principal preocupación expresada.',
      },
      {
        paragraph:
          'La migración laboral circular puede ser una fuente importante de desarrollo para las comunidades rurales, siempre que se garanticen condiciones de trabajo dignas. El informe completo, con recomendaciones para los gobiernos y los empleadores, se publicará en los próximos meses.',
      },
    ],
    contacts: [
      {
        name: 'Diego Salcedo',
        role: 'Oficial de comunicación',
        office: 'ACI México',
        phones: ['+52 55 5550 3412'],
        email: 'dsalcedo@example.org',
      },
    ],
  },
  {
    key: 'americas-migrant-children-conference-es',
    group: 'americas-migrant-children-conference',
    language: 'es',
    slug: 'san-jose-acoge-una-conferencia-regional-sobre-la-proteccion-de-la-ninez-migrante',
    office: 'americas',
    author: 'editor.americas',
    state: 'published',
    daysAgo: 540,
    title: 'San José acoge una conferencia regional sobre la protección de la niñez y la adolescencia migrante',
    summary:
      'Autoridades de protección infantil de diez países, organizaciones de la sociedad civil y la ACI debatieron durante tres días cómo garantizar el interés superior de la niñez en tránsito.',
    datelineCity: 'San José',
    datelineCountry: 'Costa Rica',
    topics: ['migration-governance', 'partnerships'],
    body: [
      {
        paragraph:
          'Más de 180 participantes de diez países del continente se reunieron en San José para la conferencia regional sobre la protección de niñas, niños y adolescentes migrantes, organizada por la Oficina Regional de la Agencia de Cooperación Internacional (ACI) para las Américas junto con el organismo nacional de protección de la infancia de Costa Rica.',
      },
      {
        paragraph:
          'Durante tres días, las delegaciones compartieron experiencias sobre la atención de niñas y niños no acompañados, las alternativas a la detención migratoria, la reunificación familiar y el acceso a la educación en los países de tránsito y de destino.',
      },
      {
        bullets: [
          'adoptar procedimientos de determinación del interés superior en todas las fronteras;',
          'poner fin a la detención de niñas y niños por motivos migratorios;',
          'crear una red regional de búsqueda de familiares;',
          'garantizar la inscripción escolar sin exigir documentos migratorios.',
        ],
      },
      {
        paragraph:
          '«Una niña que cruza un continente no deja de ser una niña. Sus derechos deben acompañarla en cada frontera», subrayó Ricardo Bermúdez Lara, director regional de la ACI para las Américas, durante la clausura.',
      },
      {
        paragraph:
          'Las conclusiones de la conferencia se presentarán a los Estados en el próximo foro regional sobre migración, y la ACI ofrecerá asistencia técnica a los países que deseen revisar sus protocolos nacionales.',
      },
    ],
    contacts: [
      {
        name: 'Tomás Arrieta',
        role: 'Comunicación regional',
        office: 'Oficina Regional de la ACI para las Américas',
        phones: ['+506 5550 1200'],
        email: 'tarrieta@example.org',
      },
      {
        name: 'Valeria Montoya Rojas',
        role: 'Coordinadora de protección',
        office: 'Oficina Regional de la ACI para las Américas',
        phones: ['+506 5550 1236'],
        email: 'vmontoya@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Single-language releases – West and Central Africa
  // ---------------------------------------------------------------------------
  {
    key: 'senegal-diaspora-investment-fr',
    group: 'senegal-diaspora-investment',
    language: 'fr',
    slug: 'la-diaspora-senegalaise-invitee-a-investir-dans-l-agriculture-de-la-vallee',
    office: 'senegal',
    author: 'writer.dakar',
    state: 'published',
    daysAgo: 95,
    title: "La diaspora sénégalaise invitée à investir dans l'agriculture de la vallée du fleuve Sénégal",
    summary:
      "Un fonds de co-investissement soutenu par l'ACI permettra aux Sénégalais de l'extérieur de financer des exploitations et des unités de transformation à Podor, Matam et Bakel.",
    datelineCity: 'Dakar',
    datelineCountry: 'Sénégal',
    topics: ['sustainable-development', 'partnerships'],
    body: [
      {
        paragraph:
          "L'Agence de coopération internationale (ACI), la direction chargée des Sénégalais de l'extérieur et une banque agricole nationale ont lancé un fonds de co-investissement destiné à la diaspora, afin de financer des projets agricoles et agroalimentaires dans la vallée du fleuve Sénégal.",
      },
      {
        paragraph:
          "Les membres de la diaspora envoient chaque année des sommes considérables à leurs familles, mais une faible part de ces transferts est consacrée à l'investissement productif. Le nouveau fonds complétera chaque franc investi par un membre de la diaspora par un prêt à taux réduit et un accompagnement technique.",
      },
      {
        bullets: [
          'des exploitations rizicoles et maraîchères irriguées ;',
          "des unités de transformation de l'oignon, de la tomate et du lait ;",
          'des chambres froides et des services de transport pour les producteurs ;',
          'des coopératives de femmes et de jeunes.',
        ],
      },
      {
        paragraph:
          "« La diaspora est un acteur essentiel du développement de nos régions. Beaucoup souhaitent investir chez eux mais manquent d'informations fiables et de partenaires de confiance : ce fonds vient répondre à ce besoin », a indiqué Ousmane Thiaw, chef de mission de l'ACI au Sénégal.",
      },
      {
        paragraph:
          "Une plateforme en ligne présentera les projets sélectionnés et permettra de suivre leur avancement à distance. Des sessions d'information seront organisées à Paris, Milan, Madrid et New York au cours des prochains mois.",
      },
    ],
    contacts: [
      {
        name: 'Mamadou Faye',
        role: 'Chargé de communication',
        office: 'ACI Sénégal',
        phones: ['+221 33 555 12 34'],
        email: 'mfaye@example.org',
      },
    ],
  },
  {
    key: 'senegal-informed-choice-caravan-fr',
    group: 'senegal-informed-choice-caravan',
    language: 'fr',
    slug: 'campagne-partir-informe-des-caravanes-culturelles-sillonnent-la-casamance',
    office: 'senegal',
    author: 'writer.dakar',
    state: 'unpublished',
    daysAgo: 120,
    title: 'Campagne « Partir informé » : des caravanes culturelles sillonnent la Casamance',
    summary:
      "Théâtre, musique et témoignages de migrants de retour : une campagne de l'ACI va à la rencontre des jeunes de 40 villages pour parler des risques de la migration irrégulière et des voies légales.",
    datelineCity: 'Dakar',
    datelineCountry: 'Sénégal',
    topics: ['migration-governance'],
    body: [
      {
        paragraph:
          "L'Agence de coopération internationale (ACI) et une troupe de théâtre de Ziguinchor ont lancé la campagne « Partir informé », qui fera étape dans 40 villages de Casamance au cours des trois prochains mois pour échanger avec les jeunes et leurs familles sur les réalités de la migration.",
      },
      {
        paragraph:
          "Chaque soirée commence par une pièce de théâtre interactive jouée dans les langues locales, suivie d'un débat animé par des migrants de retour qui racontent leur parcours, les dangers de la traversée en pirogue et les difficultés rencontrées à l'arrivée.",
      },
      {
        paragraph:
          "L'objectif n'est pas de dissuader, mais de permettre à chacun de faire un choix éclairé. Les animateurs présentent aussi les voies de migration régulière, les programmes de formation professionnelle de la région et les dispositifs d'appui à l'entrepreneuriat des jeunes.",
      },
      {
        paragraph:
          'Des chanteurs populaires de la région ont enregistré une chanson pour la campagne, diffusée par les radios communautaires. Un numéro vert permettra aux jeunes de poser leurs questions de manière anonyme à des conseillers formés.',
      },
    ],
    contacts: [
      {
        name: 'Mamadou Faye',
        role: 'Chargé de communication',
        office: 'ACI Sénégal',
        phones: ['+221 33 555 12 34', '+221 77 555 43 21'],
        email: 'mfaye@example.org',
      },
    ],
  },
  {
    key: 'niger-floods-response-fr',
    group: 'niger-floods-response',
    language: 'fr',
    slug: 'inondations-au-niger-l-aci-vient-en-aide-a-25-000-personnes-sinistrees',
    office: 'niger',
    author: 'writer.niamey',
    state: 'published',
    daysAgo: 300,
    title: "Inondations au Niger : l'ACI vient en aide à 25 000 personnes sinistrées à Niamey et à Dosso",
    summary:
      "Après des pluies exceptionnelles, l'ACI distribue des abris d'urgence et des articles essentiels et appuie la gestion des sites qui accueillent les familles sinistrées.",
    datelineCity: 'Niamey',
    datelineCountry: 'Niger',
    topics: ['emergencies', 'climate'],
    body: [
      {
        paragraph:
          "Les pluies diluviennes qui s'abattent sur le Niger depuis le début du mois ont fait déborder le fleuve et plusieurs de ses affluents, détruisant des milliers d'habitations en banco à Niamey et dans la région de Dosso. Plus de 60 000 personnes ont dû quitter leur domicile, selon les autorités.",
      },
      {
        paragraph:
          "En appui au ministère chargé de l'action humanitaire, l'Agence de coopération internationale (ACI) a déjà porté assistance à 25 000 personnes. Ses équipes ont notamment :",
      },
      {
        bullets: [
          "distribué 3 800 kits d'abri d'urgence et d'articles ménagers essentiels ;",
          "aménagé six sites d'accueil temporaires dans des écoles et des terrains municipaux ;",
          'installé des latrines et des points de lavage des mains pour prévenir le choléra ;',
          'enregistré les familles afin de faciliter leur retour ou leur relogement.',
        ],
      },
      {
        paragraph:
          "« Les familles ont vu leurs maisons s'effondrer en une nuit. Notre priorité est de garantir leur sécurité et leur dignité sur les sites, en particulier celles des femmes et des enfants », a déclaré Moussa Abdou Kané, chef de mission de l'ACI au Niger.",
      },
      {
        paragraph:
          "Les besoins restent importants alors que la saison des pluies n'est pas terminée. L'ACI lance un appel à ses partenaires pour financer la reconstruction de logements plus résistants, sur des terrains moins exposés aux crues.",
      },
    ],
    contacts: [
      {
        name: 'Rahila Moussa',
        role: 'Chargée de communication',
        office: 'ACI Niger',
        phones: ['+227 20 55 50 60', '+227 90 55 51 23'],
        email: 'rmoussa@example.org',
      },
    ],
  },
  {
    key: 'niger-agadez-trafficking-justice-fr',
    group: 'niger-agadez-trafficking-justice',
    language: 'fr',
    slug: 'agadez-des-magistrats-policiers-et-gendarmes-formes-a-la-lutte-contre-la-traite',
    office: 'niger',
    author: 'writer.niamey',
    state: 'changes_requested',
    daysAgo: 8,
    title:
      'Agadez : des magistrats, policiers et gendarmes formés à la lutte contre la traite et le trafic de migrants',
    summary:
      "Pendant cinq jours, 45 professionnels de la chaîne pénale ont étudié la loi nigérienne contre la traite, les techniques d'enquête et l'assistance aux victimes.",
    datelineCity: 'Niamey',
    datelineCountry: 'Niger',
    topics: ['counter-trafficking', 'migration-governance'],
    body: [
      {
        paragraph:
          "Quarante-cinq magistrats, officiers de police judiciaire et gendarmes de la région d'Agadez ont participé à une formation de cinq jours sur la lutte contre la traite des êtres humains et le trafic illicite de migrants, organisée par l'Agence de coopération internationale (ACI) avec l'agence nationale chargée de la lutte contre la traite.",
      },
      {
        paragraph:
          "Les participants ont approfondi la distinction entre traite et trafic de migrants, deux infractions souvent confondues, ainsi que les techniques d'enquête financière permettant de remonter jusqu'aux organisateurs des réseaux. Des simulations d'audience ont été consacrées à l'audition des victimes mineures.",
      },
      {
        paragraph:
          "Une session a également porté sur la coopération avec les pays voisins, indispensable pour démanteler des réseaux dont les activités s'étendent de part et d'autre du Sahara, et sur la prise en charge des victimes dans les centres de transit gérés par l'ACI.",
      },
      {
        paragraph:
          "« Les victimes de la traite doivent être protégées, pas poursuivies. En formant ensemble juges et enquêteurs, nous voulons œuvrer à une justice plus rapide et plus attentive aux personnes vulnérables », a déclaré Moussa Abdou Kané, chef de mission de l'ACI au Niger.",
      },
      {
        paragraph:
          "Cette formation est la troisième d'une série de six prévues dans les régions de transit du pays. Un mécanisme de suivi des dossiers judiciaires sera mis en place avec les tribunaux de grande instance.",
      },
    ],
    contacts: [
      {
        name: 'Rahila Moussa',
        role: 'Chargée de communication',
        office: 'ACI Niger',
        phones: ['+227 20 55 50 60'],
        email: 'rmoussa@example.org',
      },
    ],
    reviewComment:
      "Le titre est trop long pour la page d'accueil : merci de le ramener à moins de 90 caractères. Ajoute aussi le nombre de femmes parmi les participants et le nom du partenaire financier dans le premier paragraphe.",
  },
  {
    key: 'wca-border-health-surveillance-fr',
    group: 'wca-border-health-surveillance',
    language: 'fr',
    slug: 'afrique-de-l-ouest-quinze-points-d-entree-renforcent-leur-surveillance-sanitaire',
    office: 'west-central-africa',
    author: 'editor',
    state: 'published',
    daysAgo: 480,
    title: "Afrique de l'Ouest : quinze points d'entrée renforcent leur surveillance sanitaire transfrontalière",
    summary:
      "Avec l'appui de l'ACI, des postes frontaliers de six pays se dotent d'équipements, de procédures communes et de personnel formé pour détecter rapidement les maladies à potentiel épidémique.",
    datelineCity: 'Dakar',
    datelineCountry: 'Sénégal',
    topics: ['health', 'migration-governance'],
    body: [
      {
        paragraph:
          "Quinze points d'entrée terrestres situés en Côte d'Ivoire, en Guinée, au Libéria, au Mali, en Sierra Leone et au Sénégal disposent désormais de dispositifs renforcés de surveillance sanitaire, à l'issue d'un projet régional de deux ans mené par l'Agence de coopération internationale (ACI) avec les ministères de la Santé concernés.",
      },
      {
        paragraph:
          "Ces postes voient passer chaque jour des milliers de commerçants, de transporteurs et de familles. Une détection tardive d'un cas de fièvre hémorragique ou de choléra peut y avoir des conséquences dans plusieurs pays à la fois.",
      },
      { paragraph: 'Le projet a permis :' },
      {
        bullets: [
          "de construire ou réhabiliter des espaces d'isolement temporaire ;",
          'de former 600 agents de santé, de douane et de police aux procédures de dépistage ;',
          "de relier les postes frontaliers aux systèmes nationaux d'alerte par téléphone et par SMS ;",
          "d'organiser des exercices de simulation transfrontaliers avec les districts sanitaires voisins.",
        ],
      },
      {
        paragraph:
          "Les procédures adoptées garantissent que le contrôle sanitaire se fait sans discrimination et dans le respect de la liberté de circulation prévue par les accords régionaux. Les données de mobilité collectées par l'ACI aident en outre les autorités à identifier les itinéraires et les marchés les plus fréquentés, où concentrer la prévention.",
      },
    ],
    contacts: [
      {
        name: 'Aïssatou Ndiaye',
        role: 'Chargée de communication régionale',
        office: "Bureau régional de l'ACI pour l'Afrique de l'Ouest et du Centre",
        phones: ['+221 33 555 10 20'],
        email: 'andiaye@example.org',
      },
      {
        name: 'Dr Kofi Mensah-Adjei',
        role: 'Spécialiste régional de la santé et de la migration',
        office: "Bureau régional de l'ACI pour l'Afrique de l'Ouest et du Centre",
        phones: ['+221 33 555 10 37'],
        email: 'kmensah@example.org',
      },
    ],
  },
  {
    key: 'wca-skills-recognition-workshop-fr',
    group: 'wca-skills-recognition-workshop',
    language: 'fr',
    slug: 'libre-circulation-atelier-regional-sur-la-reconnaissance-des-qualifications',
    office: 'west-central-africa',
    author: 'editor',
    state: 'approved',
    daysAgo: 4,
    title: 'Libre circulation : un atelier régional à Dakar sur la reconnaissance des qualifications professionnelles',
    summary:
      'Des responsables de quinze pays se réunissent à Dakar pour harmoniser la reconnaissance des diplômes et des compétences des travailleurs qui se déplacent dans la région.',
    datelineCity: 'Dakar',
    datelineCountry: 'Sénégal',
    topics: ['labour-migration', 'migration-governance'],
    body: [
      {
        paragraph:
          "Le Bureau régional de l'Agence de coopération internationale (ACI) pour l'Afrique de l'Ouest et du Centre accueille cette semaine à Dakar un atelier consacré à la reconnaissance mutuelle des qualifications professionnelles, qui réunit des représentants des ministères du Travail, de la Formation professionnelle et de l'Éducation de quinze pays.",
      },
      {
        paragraph:
          "Si les textes régionaux garantissent la libre circulation des personnes, de nombreux travailleurs qualifiés – électriciens, infirmières, mécaniciens ou enseignants – voient leurs diplômes ignorés dès qu'ils franchissent une frontière. Cette situation pousse une partie de la main-d'œuvre vers l'informel et prive les économies de compétences dont elles ont besoin.",
      },
      { paragraph: "L'atelier s'articule autour de trois séquences :" },
      {
        numbered: [
          'un état des lieux des cadres nationaux de certification et de leurs points de convergence ;',
          "l'examen d'un projet de référentiel commun pour cinq métiers prioritaires du bâtiment et de la santé ;",
          "l'adoption d'une feuille de route pour un registre régional des qualifications, accessible en ligne.",
        ],
      },
      {
        paragraph:
          "Les travaux s'appuient sur une étude de l'ACI menée auprès de 2 500 travailleurs migrants, qui montre que moins d'un sur cinq exerce un emploi correspondant à son niveau de formation dans le pays d'accueil.",
      },
    ],
    contacts: [
      {
        name: 'Aïssatou Ndiaye',
        role: 'Chargée de communication régionale',
        office: "Bureau régional de l'ACI pour l'Afrique de l'Ouest et du Centre",
        phones: ['+221 33 555 10 20', '+221 77 555 20 48'],
        email: 'andiaye@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Single-language releases – Asia and the Pacific
  // ---------------------------------------------------------------------------
  {
    key: 'asia-pacific-mekong-resilience-study-en',
    group: 'asia-pacific-mekong-resilience-study',
    language: 'en',
    slug: 'new-ica-study-maps-climate-resilience-in-migrant-sending-communities-of-mekong',
    office: 'asia-pacific',
    author: 'editor',
    state: 'published',
    daysAgo: 200,
    title: 'New ICA study maps climate resilience in migrant-sending communities across the Mekong region',
    summary:
      'Covering 120 villages in four countries, the study finds that remittances help households recover from droughts and floods, but that the poorest families are often unable to migrate at all.',
    datelineCity: 'Bangkok',
    datelineCountry: 'Thailand',
    topics: ['climate', 'data-research'],
    body: [
      {
        paragraph:
          'A new study by the International Cooperation Agency (ICA) Regional Office for Asia and the Pacific examines how migration shapes the resilience of rural communities to climate shocks in Cambodia, the Lao People’s Democratic Republic, Thailand and Viet Nam.',
      },
      {
        paragraph:
          'Researchers followed 2,400 households in 120 villages over three years, recording the droughts, floods and saltwater intrusion they faced and how they responded. Households with at least one member working in a city or abroad recovered their income about twice as fast as those without.',
      },
      {
        quote:
          '“Migration is not a failure to adapt; for many families it is adaptation. But resilience cannot depend on remittances alone, and we must not forget those who are too poor to move,” said Kenji Arakawa, ICA Regional Director for Asia and the Pacific.',
      },
      {
        paragraph:
          'The study identifies a group of “trapped” households – often headed by older people or women with young children – who lack the money or networks needed to migrate and are the hardest hit by repeated disasters. It recommends targeting social protection at these families and lowering the cost of sending remittances.',
      },
      {
        paragraph:
          'The findings will feed into the regional consultations on climate mobility planned for later this year. The full dataset is available to researchers on request.',
      },
    ],
    contacts: [
      {
        name: 'Niran Chaiyaporn',
        role: 'Regional Media Officer',
        office: 'ICA Regional Office for Asia and the Pacific',
        phones: ['+66 2 555 0147'],
        email: 'nchaiyaporn@example.org',
      },
    ],
  },
  {
    key: 'bangladesh-monsoon-preparedness-en',
    group: 'bangladesh-monsoon-preparedness',
    language: 'en',
    slug: 'monsoon-preparedness-ica-trains-2-000-volunteers-in-cox-s-bazar',
    office: 'bangladesh',
    author: 'editor',
    state: 'published',
    daysAgo: 150,
    title: 'Monsoon preparedness: ICA trains 2,000 volunteers in Cox’s Bazar ahead of the rainy season',
    summary:
      'Community volunteers have learned early warning, first aid and evacuation techniques to protect camp residents and host communities from landslides and floods.',
    datelineCity: 'Dhaka',
    datelineCountry: 'Bangladesh',
    topics: ['emergencies', 'climate'],
    body: [
      {
        paragraph:
          'With the monsoon only weeks away, the International Cooperation Agency (ICA) has completed training for 2,000 volunteers from displacement camps and neighbouring villages in Cox’s Bazar district, where heavy rains regularly trigger landslides and flash floods.',
      },
      { paragraph: 'Over the past two months, the volunteers have been trained to:' },
      {
        bullets: [
          'relay early warning messages in the languages spoken in the camps;',
          'help older people, people with disabilities and children to evacuate safely;',
          'provide basic first aid and search and rescue;',
          'report damage to shelters, drains and footpaths after each storm.',
        ],
      },
      {
        paragraph:
          'ICA teams have also reinforced steep slopes with bamboo and vetiver grass, cleared drainage channels and pre-positioned emergency shelter materials in warehouses close to the most exposed areas.',
      },
      {
        paragraph:
          '“Every year, the first heavy rains test our preparedness. The volunteers know every path and every family in their block, and that makes all the difference when an alert is issued at night,” said Tanvir Haque, ICA Chief of Mission in Bangladesh.',
      },
    ],
    contacts: [
      {
        name: 'Farhan Kabir',
        role: 'Communications Officer',
        office: 'ICA Bangladesh',
        phones: ['+880 2 5550 1177', '+880 1711 555 042'],
        email: 'fkabir@example.org',
      },
    ],
  },
  {
    key: 'bangladesh-returnee-skills-recognition-en',
    group: 'bangladesh-returnee-skills-recognition',
    language: 'en',
    slug: 'returning-migrant-workers-in-bangladesh-gain-certified-skills-through-new-scheme',
    office: 'bangladesh',
    author: 'editor',
    state: 'approved',
    daysAgo: 2,
    title: 'Returning migrant workers in Bangladesh gain certified skills through a new recognition scheme',
    summary:
      'Workers returning from the Gulf and Malaysia can now have the skills they acquired abroad assessed and certified, opening doors to better jobs at home or a new contract overseas.',
    datelineCity: 'Dhaka',
    datelineCountry: 'Bangladesh',
    topics: ['labour-migration', 'sustainable-development'],
    body: [
      {
        paragraph:
          'Bangladeshi migrant workers returning home can now have the skills they acquired abroad formally recognized, thanks to a scheme launched today by the national skills development authority with support from the International Cooperation Agency (ICA).',
      },
      {
        paragraph:
          'Many of the workers who come back from construction sites, factories and hotels in the Gulf countries and Malaysia have years of experience but no certificate to prove it. Without recognition, they often end up in low-paid informal work, and their skills are lost to the economy.',
      },
      {
        paragraph:
          'Under the new scheme, returnees take a practical assessment in one of 18 trades, including welding, electrical installation, plumbing and hospitality. Those who pass receive a national certificate; those who need it are offered a short top-up course free of charge.',
      },
      {
        paragraph:
          'During the pilot phase, more than 1,300 workers were assessed in Dhaka, Chattogram and Sylhet, and 84 per cent obtained certification. Employers taking part in the pilot have already hired 400 of them.',
      },
      {
        paragraph:
          'ICA will help set up assessment centres in four more districts next year and will work with recruitment agencies so that certified workers who wish to migrate again can secure better-paid contracts.',
      },
    ],
    contacts: [
      {
        name: 'Farhan Kabir',
        role: 'Communications Officer',
        office: 'ICA Bangladesh',
        phones: ['+880 2 5550 1177'],
        email: 'fkabir@example.org',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Single-language releases – Headquarters
  // ---------------------------------------------------------------------------
  {
    key: 'hq-drought-appeal-fr',
    group: 'hq-drought-appeal',
    language: 'fr',
    slug: 'l-aci-lance-un-appel-de-48-millions-de-dollars-face-a-la-secheresse',
    office: 'hq',
    author: 'editor',
    state: 'archived',
    daysAgo: 690,
    title:
      "L'ACI lance un appel de 48 millions de dollars pour les populations touchées par la sécheresse en Afrique de l'Est",
    summary:
      "Face à une quatrième saison des pluies déficitaire, l'ACI demande des fonds pour venir en aide à 1,2 million de personnes déplacées ou menacées de l'être.",
    datelineCity: 'Genève',
    datelineCountry: 'Suisse',
    topics: ['emergencies', 'climate'],
    body: [
      {
        paragraph:
          "L'Agence de coopération internationale (ACI) lance aujourd'hui un appel de 48 millions de dollars des États-Unis afin de répondre aux besoins de 1,2 million de personnes touchées par la sécheresse prolongée qui frappe plusieurs pays d'Afrique de l'Est.",
      },
      {
        paragraph:
          "Après quatre saisons des pluies consécutives inférieures à la normale, les pâturages et les points d'eau ont disparu dans de vastes zones. Des familles d'éleveurs ayant perdu leur bétail convergent vers les villes et les sites de déplacés, où les services de base sont déjà saturés.",
      },
      {
        paragraph:
          "Les fonds demandés permettront de fournir de l'eau potable et des abris, de renforcer les services de santé dans les sites de déplacés, de protéger les personnes les plus vulnérables contre les violences et l'exploitation, et de suivre l'évolution des déplacements pour orienter l'aide.",
      },
      {
        paragraph:
          "« Cette crise est le visage de ce que le changement climatique fait déjà aux communautés les plus pauvres. Nous devons agir maintenant, tout en investissant dans des solutions qui permettront à ces familles de reconstruire leurs moyens de subsistance », a déclaré la Directrice générale de l'ACI, Ingrid Valcourt.",
      },
    ],
    contacts: [
      {
        name: 'Hélène Varga',
        role: 'Porte-parole',
        office: "Siège de l'ACI, Genève",
        phones: ['+41 22 555 01 10'],
        email: 'hvarga@example.org',
      },
    ],
  },
  {
    key: 'hq-new-york-financing-forum-fr',
    group: 'hq-new-york-financing-forum',
    language: 'fr',
    slug: 'a-new-york-l-aci-appelle-a-integrer-la-mobilite-humaine-dans-le-developpement',
    office: 'hq',
    author: 'editor',
    state: 'unpublished',
    daysAgo: 75,
    title: "À New York, l'ACI appelle à intégrer la mobilité humaine dans le financement du développement",
    summary:
      "Lors d'un forum de haut niveau, la Directrice générale de l'ACI a plaidé pour que les migrations soient prises en compte dans les stratégies de financement des objectifs de développement durable.",
    datelineCity: 'New York',
    datelineCountry: 'États-Unis',
    topics: ['sustainable-development', 'partnerships'],
    body: [
      {
        paragraph:
          "Intervenant à New York lors d'un forum de haut niveau consacré au financement du développement durable, la Directrice générale de l'Agence de coopération internationale (ACI), Ingrid Valcourt, a appelé les États et les institutions financières à mieux tenir compte de la mobilité humaine dans leurs stratégies d'investissement.",
      },
      { heading: 'Les transferts de fonds, un levier sous-estimé' },
      {
        paragraph:
          "Les envois de fonds des travailleurs migrants vers les pays à revenu faible ou intermédiaire dépassent aujourd'hui l'aide publique au développement et les investissements étrangers directs réunis. Leur coût reste pourtant élevé, souvent supérieur à 6 % du montant envoyé, ce qui prive les familles de ressources importantes.",
      },
      { heading: 'Des recommandations concrètes' },
      {
        paragraph:
          "La Directrice générale a présenté trois priorités : réduire le coût des transferts, faciliter l'accès des migrants et de leurs familles aux services financiers, et associer les diasporas à la planification des projets de développement dans leur pays d'origine. Elle a également insisté sur la sécurité des travailleurs et la protection de leurs droits, condition de toute contribution durable au développement.",
      },
      {
        paragraph:
          "En marge du forum, l'ACI a réuni des représentants de banques de développement, de fondations et d'associations de la diaspora pour préparer une initiative conjointe qui sera annoncée dans les prochains mois.",
      },
    ],
    contacts: [
      {
        name: 'Samuel Okafor-Lind',
        role: 'Chargé des relations avec les médias',
        office: "Bureau de l'ACI à New York",
        phones: ['+1 212 555 0190 ext. 214', '+1 917 555 0163'],
        email: 'sokafor@example.org',
      },
      {
        name: 'Hélène Varga',
        role: 'Porte-parole',
        office: "Siège de l'ACI, Genève",
        phones: ['+41 22 555 01 10'],
        email: 'hvarga@example.org',
      },
    ],
  },
  {
    key: 'hq-diaspora-finance-partnership-en',
    group: 'hq-diaspora-finance-partnership',
    language: 'en',
    slug: 'ica-and-five-development-banks-launch-partnership-on-remittances-and-investment',
    office: 'hq',
    author: 'editor',
    state: 'draft',
    daysAgo: 1,
    title: 'ICA and five development banks launch a partnership on remittances and diaspora investment',
    summary:
      'The new partnership aims to halve the cost of sending money home in ten pilot corridors and to channel diaspora savings into small businesses and green infrastructure.',
    datelineCity: 'Geneva',
    datelineCountry: 'Switzerland',
    topics: ['partnerships', 'sustainable-development'],
    body: [
      {
        paragraph:
          'The International Cooperation Agency (ICA) and five regional and multilateral development banks today signed a partnership to make remittances cheaper and to help diaspora communities invest in their countries of origin.',
      },
      {
        paragraph:
          'Migrants send hundreds of billions of dollars to their families every year, yet a significant share is lost in fees, and only a small part of diaspora savings finds its way into productive investment. The partnership will work in ten pilot corridors linking Europe, North America and the Gulf with countries in Africa, Asia and Latin America.',
      },
      {
        bullets: [
          'halve the average cost of sending remittances in the pilot corridors within four years;',
          'launch diaspora bonds and co-investment funds for small businesses and renewable energy;',
          'offer financial literacy training to 200,000 migrant workers and their families.',
        ],
      },
      {
        paragraph:
          'The banks will provide guarantees and technical expertise, while ICA will contribute its data on migration corridors, its links with diaspora associations and its experience in labour mobility programmes.',
      },
      {
        paragraph:
          '[Quote from the Director General to be confirmed with the Front Office.] The first corridors will be announced at the partnership’s launch event in the spring.',
      },
    ],
    contacts: [
      {
        name: 'Hélène Varga',
        role: 'Spokesperson',
        office: 'ICA Headquarters, Geneva',
        phones: ['+41 22 555 01 10'],
        email: 'hvarga@example.org',
      },
    ],
  },
];
