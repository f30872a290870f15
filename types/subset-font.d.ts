// subset-font 2.9 ships no types (and @types/subset-font 2.3 lacks keepFeatures): what ops/font-subset.ts uses.
declare module "subset-font" {
  interface SubsetFontOptions {
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    /** Instances (a number) or narrows (a range) variation axes. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    /** OpenType layout features to keep, as four-letter tags; all of them when absent. */
    keepFeatures?: string[];
  }
  export default function subsetFont(buffer: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
