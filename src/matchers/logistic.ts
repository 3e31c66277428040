/**
 * A fitted logistic combination of named signals: p = 1 / (1 + e^-(bias + Σ weight × value)).
 * The numbers come from `scripts/fit-matching.mjs` (cross-validated on the tuning halves of the
 * development sets), never by hand; a signal the model does not name counts nothing.
 */
export interface LogisticModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

export function predict(model: LogisticModel, features: Readonly<Record<string, number>> | object): number {
  const values = features as Readonly<Record<string, number>>;
  let z = model.bias;
  for (const [name, weight] of Object.entries(model.weights)) z += weight * (values[name] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
