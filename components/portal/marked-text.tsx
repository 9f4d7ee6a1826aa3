import type { SnippetPartDTO } from '@/lib/dal/publications';

/** Search text with the words that matched the query marked. */
export function MarkedText({ parts }: { parts: SnippetPartDTO[] }) {
  return parts.map((part, index) =>
    part.match ? (
      <mark key={index} className="bg-yellow-200 text-ink">
        {part.text}
      </mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}
