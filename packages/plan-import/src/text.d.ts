/** Same length as the input: lower case, unaccented. */
export declare function fold(text: string): string;
/** One line, single spaces, trimmed; NFC and invisible characters removed (text-vi). */
export declare function oneLine(text: string): string;
/** Removes list marks and closing punctuation a value carries in prose: "- Phòng Nội vụ." → "Phòng Nội vụ". */
export declare function trimValue(text: string): string;
/** A line written all in capitals (at least two letters, no lower-case letter). */
export declare function isAllCaps(text: string): boolean;
export declare function startsLower(text: string): boolean;
export declare function upperFirst(text: string): string;
/**
 * Capitals to sentence case, as a title or an agency name is stored: "TUYÊN TRUYỀN CẢI CÁCH HÀNH
 * CHÍNH NĂM 2024 TRÊN ĐỊA BÀN THỊ XÃ PHƯỚC LONG" → "Tuyên truyền … trên địa bàn thị xã Phước Long".
 * Words after a unit word (xã, huyện, tỉnh …) are a place name and keep their capitals; known
 * acronyms stay in capitals.
 */
export declare function capsToSentence(text: string): string;
/**
 * The columns of a line: a tab from Word, or a run of three or more spaces from a PDF copied as
 * text. Runs that are blanks left to fill in ("Số:      /KH-UBND", "ngày      tháng      năm
 * 2025") do not separate columns.
 */
export declare function splitColumns(text: string): string[];
//# sourceMappingURL=text.d.ts.map