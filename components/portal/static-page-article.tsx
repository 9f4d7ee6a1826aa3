/** A static page as the portal shows it; the workspace preview shows the working copy through it too. */
export function StaticPageArticle({ page }: { page: { title: string; summary: string; html: string } }) {
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="mb-4 font-serif text-3xl font-bold leading-tight md:text-4xl">{page.title}</h1>
      {page.summary && <p className="mb-6 text-lg text-muted">{page.summary}</p>}
      {/* Rendered by lib/rich-text with an allowlist of nodes, marks and URL schemes. */}
      <div
        className="release-body font-serif text-lg leading-relaxed"
        dangerouslySetInnerHTML={{ __html: page.html }}
      />
    </article>
  );
}
