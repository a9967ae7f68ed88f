// Every component test runs with the default tokens on :root, as an app would load them.
import "../tokens.css";
