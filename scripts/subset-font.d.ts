// The part of npm subset-font's API that scripts/subset-fonts.ts uses (the package ships no types).
declare module "subset-font" {
  type Options = {
    targetFormat?: "sfnt" | "truetype" | "woff" | "woff2";
    keepFeatures?: string[];
    noHinting?: boolean;
    noLayoutClosure?: boolean;
    preserveNameIds?: number[];
  };
  export default function subsetFont(font: Buffer, text: string, options?: Options): Promise<Buffer>;
}
