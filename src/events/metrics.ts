// Clustering quality against gold labels: B-cubed and pairwise precision/recall/F1.
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function prf(p: number, r: number): PRF {
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** `pred` and `gold` map item id -> cluster label; only ids present in both count. */
export function bcubed(pred: Map<string, string>, gold: Map<string, string>): PRF {
  const ids = [...gold.keys()].filter((id) => pred.has(id));
  const byPred = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const id of ids) {
    (byPred.get(pred.get(id)!) ?? byPred.set(pred.get(id)!, []).get(pred.get(id)!)!).push(id);
    (byGold.get(gold.get(id)!) ?? byGold.set(gold.get(id)!, []).get(gold.get(id)!)!).push(id);
  }
  let p = 0;
  let r = 0;
  for (const id of ids) {
    const pc = byPred.get(pred.get(id)!)!;
    const gc = byGold.get(gold.get(id)!)!;
    const g = gold.get(id)!;
    const pl = pred.get(id)!;
    const both = pc.filter((o) => gold.get(o) === g).length;
    p += both / pc.length;
    r += gc.filter((o) => pred.get(o) === pl).length / gc.length;
  }
  return prf(p / ids.length, r / ids.length);
}

export function pairwise(pred: Map<string, string>, gold: Map<string, string>): PRF {
  const ids = [...gold.keys()].filter((id) => pred.has(id));
  const count = (labels: Map<string, string>, key: (id: string) => string): number => {
    const sizes = new Map<string, number>();
    for (const id of ids) sizes.set(key(id), (sizes.get(key(id)) ?? 0) + 1);
    let s = 0;
    for (const n of sizes.values()) s += (n * (n - 1)) / 2;
    void labels;
    return s;
  };
  const predPairs = count(pred, (id) => pred.get(id)!);
  const goldPairs = count(gold, (id) => gold.get(id)!);
  const bothPairs = count(gold, (id) => pred.get(id)! + '\u0000' + gold.get(id)!);
  return prf(predPairs ? bothPairs / predPairs : 0, goldPairs ? bothPairs / goldPairs : 0);
}
