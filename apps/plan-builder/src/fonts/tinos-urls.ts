// The Tinos files as build assets: Vite copies them with hashed names and gives their URLs, so
// they are fetched only when a PDF is made or the preview asks for the document font.

import normalUrl from "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url";
import italicsUrl from "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url";
import boldUrl from "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url";
import bolditalicsUrl from "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url";

export const TINOS_URLS = {
  normal: normalUrl,
  bold: boldUrl,
  italics: italicsUrl,
  bolditalics: bolditalicsUrl,
};
