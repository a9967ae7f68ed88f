import "../internal/base.css";
import "./table.css";

export { type SortDirection, Table, type TableColumn, type TableProps, type TableSort } from "./Table.js";
