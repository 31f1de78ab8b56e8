// One horizontal bar with its label above it and its value at its end: labels get the full width, which
// keeps long Arabic names readable on a phone. The label is HTML, not SVG text, so that a long programme
// name ("Deuxième phase — 1. Programme de lutte contre le déficit en infrastructures…") wraps onto more
// lines instead of running past the screen's edge. Only the bar and its value are drawn in SVG, with x in
// percent and mirrored for right to left. The label's and strip's look is set once by .bar-row
// (app/globals.css): a national page has a hundred bars.
import { percentOf, pointX, spanX } from "@/components/charts/scale";
import { HALO, INK, TRACK } from "@/components/charts/palette";

/** Height of the SVG strip holding one bar and its value (the label above it is as tall as it wraps). */
export const BAR_STRIP_HEIGHT = 26;

type Props = {
  label?: string;
  valueText: string;
  value: bigint;
  max: bigint;
  color: string;
  dir: "rtl" | "ltr";
  href?: string;
  /** Tooltip and link name, e.g. "Urban: 13.179.091,00 MAD". */
  name: string;
};

// Beyond this share of the width the value is written inside the bar (white on the dark fill), so that a
// long amount never runs past the edge.
const INSIDE_FROM = 60;

export function BarRow({ label, valueText, value, max, color, dir, href, name }: Props) {
  const pct = percentOf(value, max);
  const inside = pct >= INSIDE_FROM;
  const end = pointX(pct, dir);
  // dx is in pixels: towards the end edge outside the bar, back towards the start edge inside it.
  const outward = dir === "rtl" ? -6 : 6;
  const content = (
    <>
      {label && <span>{label}</span>}
      <svg aria-hidden="true" direction={dir} width="100%" height={BAR_STRIP_HEIGHT}>
        <title>{name}</title>
        <rect x={`${spanX(0, 100, dir)}%`} y="4" width="100%" height="18" fill={TRACK} rx="2" />
        <rect x={`${spanX(0, pct, dir)}%`} y="4" width={`${pct}%`} height="18" fill={color} rx="2" />
        <text
          x={`${end}%`}
          dx={inside ? -outward : outward}
          y="17.5"
          fontSize="12"
          textAnchor={inside ? "end" : "start"}
          fill={inside ? HALO : INK}
        >
          {valueText}
        </text>
      </svg>
    </>
  );
  // The whole row (label and bar) is one link target; the SVG's <title> is the bar's tooltip. The picture is hidden from assistive technology by
  // its container and out of the tab order: keyboard and screen-reader users reach the same link, once,
  // in the chart's data table.
  return href ? (
    <a href={href} tabIndex={-1} className="bar-row">{content}</a>
  ) : (
    <div className="bar-row">{content}</div>
  );
}
