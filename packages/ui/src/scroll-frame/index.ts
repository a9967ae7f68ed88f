export { ScrollFrame, type ScrollFrameProps, ScrollRegion, type ScrollRegionProps } from "./ScrollFrame.js";
export { measureEdges, type ScrollEdges, useScrollEdges } from "./useScrollEdges.js";
