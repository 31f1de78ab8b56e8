import ReactMarkdown from "react-markdown";

// Staff write event bodies in Markdown. react-markdown builds React elements and, with skipHtml, drops any
// raw HTML, so nothing typed into a body can inject markup or scripts into the public page.
export function MarkdownBody({ source }: { source: string }) {
  return (
    <div className="prose-article text-lg leading-loose text-slate-900">
      <ReactMarkdown skipHtml>{source}</ReactMarkdown>
    </div>
  );
}
