/**
 * A table that may scroll sideways on a phone. Keyboard users must be able to scroll it too, so the
 * region is focusable and named after what it holds.
 */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600">
      {children}
    </div>
  );
}
