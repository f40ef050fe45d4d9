/** Every way the document (and its users) name a unit or an area resolves to one entry. */
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load.js";
import { areaRegistry, unitRegistry } from "../../src/plan/registry.js";

const { plan } = await loadPlan();

describe("name registry", () => {
  const units = unitRegistry(plan);
  const areas = areaRegistry(plan);

  it.each([
    ["县发展和改革委员会", "development-reform"],
    ["县发展和改革局", "development-reform"],
    ["development-reform", "development-reform"],
    ["County Development and Reform Bureau", "development-reform"],
    ["住建局", "housing-construction"],
    ["县住房城乡建设局", "housing-construction"],
    [" 县人社局 ", "human-resources"],
    ["人社局", "human-resources"],
    ["ＨＯＵＳＩＮＧ-ＣＯＮＳＴＲＵＣＴＩＯＮ", "housing-construction"],
  ])("unit %s → %s", (name, id) => {
    expect(units.find(name)?.id).toBe(id);
  });

  it.each([
    ["九女", "jiunvji"],
    ["九女集镇", "jiunvji"],
    ["Jiunüji Town", "jiunvji"],
    ["文亭", "wenting"],
  ])("area %s → %s", (name, id) => {
    expect(areas.find(name)?.id).toBe(id);
  });

  it("does not guess", () => {
    expect(units.find("县教育局")).toBeUndefined();
    expect(units.find("局")).toBeUndefined();
    expect(areas.find("九女镇")).toBeUndefined();
  });
});
