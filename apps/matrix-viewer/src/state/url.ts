// What a link carries, so an agency can be sent "its" page: which plans (stored ids, or "mau"
// for the sample), which view, which agency and in what order. Plans opened from a file cannot
// travel in a link; the link then says so (see App).

export type ViewId = "ma-tran" | "don-vi" | "tien-do" | "phat-hien";
export const VIEWS: readonly ViewId[] = ["ma-tran", "don-vi", "tien-do", "phat-hien"];

export interface LinkState {
  plans: string[];
  view: ViewId;
  agency: string;
  order: "plan" | "due";
}

export function readLink(search: string): LinkState {
  const params = new URLSearchParams(search);
  const view = params.get("xem") as ViewId | null;
  return {
    plans: (params.get("kh") ?? "").split(",").filter(Boolean),
    view: view && VIEWS.includes(view) ? view : "ma-tran",
    agency: params.get("donvi") ?? "",
    order: params.get("thutu") === "han" ? "due" : "plan",
  };
}

export function writeLink(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.plans.length > 0) params.set("kh", state.plans.join(","));
  if (state.view !== "ma-tran") params.set("xem", state.view);
  if (state.agency) params.set("donvi", state.agency);
  if (state.order === "due") params.set("thutu", "han");
  const text = params.toString();
  return text ? `?${text}` : "";
}
