// Roman numerals and điểm letters live in @kehoach/text-vi, shared with the plan model and the
// importer; vanban keeps exporting them for its users.
export { DIEM_LETTERS, fromRoman, toRoman } from "@kehoach/text-vi";
