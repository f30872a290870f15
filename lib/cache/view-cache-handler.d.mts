export declare function cachedValueBytes(value: unknown): number;
export declare function asBytes<T>(value: T): T;
export default class ViewCacheHandler {
  get(key: string): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, value: unknown): Promise<void>;
  revalidateTag(): Promise<void>;
  resetRequestCache(): void;
}
