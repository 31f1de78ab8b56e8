// One horizontal bar with its label above it and its value at its end: labels get the full width, which
// keeps long Arabic names readable on a phone. x is in percent and mirrored for right to left.
import { percentOf, pointX, spanX } from "@/components/charts/scale";
import { HALO, INK, TRACK } from "@/components/charts/palette";

export const BAR_ROW_HEIGHT = 46;

type Props = {
  y: number;
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

export function BarRow({ y, label, valueText, value, max, color, dir, href, name }: Props) {
  const pct = percentOf(value, max);
  const inside = pct >= INSIDE_FROM;
  const barTop = label ? y + 22 : y + 4;
  const end = pointX(pct, dir);
  // dx is in pixels: towards the end edge outside the bar, back towards the start edge inside it.
  const outward = dir === "rtl" ? -6 : 6;
  const content = (
    <g>
      <title>{name}</title>
      {/* Full-width transparent target: the whole row, not only a thin bar, is clickable. */}
      <rect x="0" y={y} width="100%" height={label ? BAR_ROW_HEIGHT : 26} fill="transparent" />
      {label && (
        <text x={`${pointX(0, dir)}%`} y={y + 15} fontSize="13" fill={INK} textAnchor="start">{label}</text>
      )}
      <rect x={`${spanX(0, 100, dir)}%`} y={barTop} width="100%" height="18" fill={TRACK} rx="2" />
      <rect x={`${spanX(0, pct, dir)}%`} y={barTop} width={`${pct}%`} height="18" fill={color} rx="2" />
      <text
        x={`${end}%`}
        dx={inside ? -outward : outward}
        y={barTop + 13.5}
        fontSize="12"
        textAnchor={inside ? "end" : "start"}
        fill={inside ? HALO : INK}
        className="tabular-nums"
      >
        {valueText}
      </text>
    </g>
  );
  // The picture is hidden from assistive technology and out of the tab order: keyboard and screen-reader
  // users reach the same link, once, in the chart's data table.
  return href ? <a href={href} tabIndex={-1}>{content}</a> : content;
}
