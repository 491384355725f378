// Collectivités d'outre-mer have no contour in the 2018 files and no coordinates in La Poste's base: the
// centre of each commune's main village, so that their places can be shown. Degrees rounded to 0.01°
// (about a kilometre): enough to place a site « at its commune », which is all the map claims for them.
// Communes not listed here keep no centre: their places without coordinates are reported, never guessed.
export const COM_CENTRES: Readonly<Record<string, readonly [lon: number, lat: number]>> = {
  // Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin
  '97501': [-56.37, 47.1], // Miquelon-Langlade
  '97502': [-56.18, 46.78], // Saint-Pierre
  '97701': [-62.85, 17.9], // Saint-Barthélemy (Gustavia)
  '97801': [-63.07, 18.07], // Saint-Martin (Marigot)
  // Wallis-et-Futuna
  '98611': [-178.1, -14.31], // Alo
  '98612': [-178.16, -14.29], // Sigave (Leava)
  '98613': [-176.17, -13.28], // Uvea (Mata-Utu)
  // Polynésie française
  '98714': [-151.74, -16.5], // Bora-Bora (Vaitape)
  '98715': [-149.61, -17.55], // Faa'a
  '98729': [-149.8, -17.55], // Moorea-Maiao (Afareaitu)
  '98731': [-140.1, -8.91], // Nuku-Hiva (Taiohae)
  '98735': [-149.57, -17.54], // Papeete
  '98738': [-149.61, -17.63], // Punaauia
  '98740': [-147.7, -14.95], // Rangiroa (Avatoru)
  '98752': [-149.42, -17.77], // Teva I Uta (Mataiea)
  '98753': [-149.47, -23.35], // Tubuai (Mataura)
  '98758': [-151.44, -16.73], // Uturoa (Raiatea)
  // Nouvelle-Calédonie
  '98805': [166.45, -22.15], // Dumbéa
  '98811': [164.87, -21.06], // Koné
  '98814': [167.27, -20.92], // Lifou (Wé)
  '98817': [166.57, -22.27], // Le Mont-Dore (Boulari)
  '98818': [166.46, -22.28], // Nouméa
  '98821': [166.36, -22.13], // Païta
};
