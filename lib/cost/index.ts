// lib/cost: the one implementation of every number the portal shows. Pure: no I/O, no database types.
export * from "./assumptions";
export * from "./accelerator-hour";
export * from "./throughput";
export * from "./cost-per-token";
export * from "./pareto";
export * from "./model-type";
export * from "./precision";
export * from "./plausibility";
export * from "./rank";
export * from "./offering-cost";
export * from "./break-even";
export { formatFigure } from "./format";
export * from "./plan";
