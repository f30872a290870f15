export declare const DATA_VERSION_SQL: string;
export declare function dataVersionTtlMs(): number;
export declare function dataVersionStaleMs(): number;
export declare function currentDataVersion(read: () => Promise<string>): Promise<string>;
export declare function invalidateDataVersion(): void;
