/**
 * A fitted logistic combination of named signals: p = 1 / (1 + e^-(bias + Σ weight × value)).
 * The numbers come from `scripts/fit-matching.mjs` (cross-validated on the tuning halves of the
 * development sets), never by hand; a signal the model does not name counts nothing.
 */
export interface LogisticModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

const compiled = new WeakMap<LogisticModel, { names: string[]; weights: number[] }>();

export function predict(model: LogisticModel, features: Readonly<Record<string, number>> | object): number {
  let c = compiled.get(model);
  if (!c) compiled.set(model, (c = { names: Object.keys(model.weights), weights: Object.values(model.weights) }));
  const values = features as Readonly<Record<string, number>>;
  let z = model.bias;
  for (let i = 0; i < c.names.length; i++) z += c.weights[i] * (values[c.names[i]] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
