import "server-only";

import { db, type Prisma } from "@/lib/db";
import type { FieldError } from "@/lib/errors";

// The catalog rows a submission refers to by slug, with the specs plausibility and cost need.
export const modelRefSelect = {
  id: true,
  slug: true,
  name: true,
  architecture: true,
  activeParamsB: true,
  totalParamsB: true,
  modelType: true,
} as const;

export const acceleratorRefSelect = {
  id: true,
  slug: true,
  name: true,
  memoryGb: true,
  memoryBandwidthTbPerS: true,
  denseBf16Tflops: true,
  denseFp8Tflops: true,
  denseFp4Tflops: true,
  tdpWatts: true,
  scaleUpDomainSize: true,
  allInKwPerAccelerator: true,
} as const;

export type ModelRef = Prisma.ModelGetPayload<{ select: typeof modelRefSelect }>;
export type AcceleratorRef = Prisma.AcceleratorGetPayload<{ select: typeof acceleratorRefSelect }>;
export type CatalogRefs = { models: Map<string, ModelRef>; accelerators: Map<string, AcceleratorRef> };

type Client = Prisma.TransactionClient | typeof db;

export async function loadCatalogRefs(modelSlugs: Iterable<string>, acceleratorSlugs: Iterable<string>, client: Client = db): Promise<CatalogRefs> {
  const [models, accelerators] = await Promise.all([
    client.model.findMany({ where: { slug: { in: [...new Set(modelSlugs)] } }, select: modelRefSelect }),
    client.accelerator.findMany({ where: { slug: { in: [...new Set(acceleratorSlugs)] } }, select: acceleratorRefSelect }),
  ]);
  return {
    models: new Map(models.map((m) => [m.slug, m])),
    accelerators: new Map(accelerators.map((a) => [a.slug, a])),
  };
}

// Unknown slugs are field errors like any other bad value, at the same path the value was sent on.
export function unknownSlugErrors(
  items: readonly { model?: string; accelerator?: string }[],
  refs: CatalogRefs,
  pathOf: (index: number, field: "model" | "accelerator") => string,
): FieldError[] {
  const errors: FieldError[] = [];
  items.forEach((item, index) => {
    if (item.model !== undefined && !refs.models.has(item.model)) {
      errors.push({ path: pathOf(index, "model"), message: `Unknown model "${item.model}": use a slug from /api/v1/models` });
    }
    if (item.accelerator !== undefined && !refs.accelerators.has(item.accelerator)) {
      errors.push({ path: pathOf(index, "accelerator"), message: `Unknown accelerator "${item.accelerator}": use a slug from /api/v1/accelerators` });
    }
  });
  return errors;
}
