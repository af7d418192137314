/**
 * Data for the dependency-free language identifier in `language.ts`.
 *
 * Where the lists come from: written by hand for this project from general knowledge of each
 * language's most frequent function words (articles, pronouns, prepositions, conjunctions,
 * auxiliaries) — roughly the top of any frequency list of that language — not copied from a
 * stopword package. Words are lowercase; a word may appear in several languages (the scorer weighs
 * a word by how few profiles share it). Elided forms keep their apostrophe (written '), as the
 * scorer matches them: French `l'`, `qu'`, Italian `dell'`, English `'s` and `'t` (from n't).
 *
 * A trained model will replace this; keep the shapes if you extend it.
 */

/** Function words per ISO 639-1 code, space-separated. */
export const WORD_PROFILES: Readonly<Record<string, string>> = {
  // ---- Latin script
  en: `the of and to in is that it was for on are as with his they at be this from have or by had not but
    what all were we when your can said there an which she do how their if will up other about out many then them
    these so some her would make like him into time has two more no could my than first been who its now people only
    also after new just over most any year years because says 's 't i you he me our us does did should`,
  de: `der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat
    dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr
    durch man sein wurde sei ich kann gegen vom schon wenn habe seine ihre dann unter wir soll ihr diese dieser seit
    jahr jahren sagte keine kein können muss`,
  fr: `de la le et les des en un une du est que qui dans pour pas au sur par plus ne se ce il sont avec ou mais comme
    été elle aux ont cette son sa ses leur nous vous ils je tout fait était être aussi bien où sans peut entre lui deux
    après même très l' d' qu' n' c' j' s' y a ans selon depuis contre leurs dont`,
  es: `de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque
    esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra
    otros ese eso ante ellos e esto antes algunos qué unos yo otro otras otra él tanto esa estos mucho fue ha está
    son han dijo según años`,
  it: `di e il la che è per un in del non una a le si con i da al dei della sono alla gli nel più anche come ma ha lo
    se delle questo ci su dal nella o loro era essere stato tra fra cui quando dopo sua suo ancora molto già ne degli
    stati hanno perché solo l' dell' all' nell' sull' dall' un' anni ed questa sia`,
  pt: `de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua
    ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem mesmo aos ter seus
    quem nas me esse eles estão você tinha foram essa num nem suas meu às minha têm numa pelos elas havia seja qual
    será nós lhe deles este disse anos segundo`,
  nl: `de en van het een in is dat op te zijn met voor niet aan er die hij was ook als bij of om maar door dan nog
    wordt zich uit naar ze kan tot over worden werd heeft hebben deze al wel geen meer zo wat haar moet nu hun we ik
    jaar na onder zegt zei want omdat`,
  sv: `och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när
    år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut få detta dem hade blev bara mycket
    alla andra vara än enligt sade sedan`,
  da: `og i at det er en til på de af som med for den har ikke der var han et jeg fra sig men kan om så vil skal efter
    også hun blev nu over når ved være havde meget ud op hvor eller sin hvad nogen nogle selv mod ind kun dem alle
    andre ham end mellem denne bliver siger sagde mig dig hende`,
  no: `og i det er som en på til av for med at har de ikke den et om var han jeg men seg fra så kan vil skal etter
    også hun ble nå over når ved være hadde mye ut opp hvor eller sin hva noen selv mot inn bare dem alle andre ham
    enn mellom denne dette blir hvis å sier sa meg deg henne`,
  fi: `ja on ei se että oli hän mutta kun niin myös ovat tai kuin jo joka sen hänen olla ole nyt vain sitä mitä tämä ne
    kanssa voi jos vuonna mukaan sekä joita jotka mikä ollut olivat siitä tässä eikä koska vielä kaikki pitää hyvin
    näin minä sinä me te he jälkeen mukaan sanoo sanoi`,
  pl: `i w na z się nie do to że jest o jak a po co ale od za tak przez jego dla już jej by czy tylko ich może są było
    bardzo przy też jednak także jako który która które lub roku pod tym być został została ze we go mu jeszcze
    powiedział według`,
  cs: `a v se na je že to s z do o jako ale i k by pro od po jsou jeho tak které který která také byl byla bylo jen už
    při ve za když než nebo jak aby bude mezi podle však ještě má jejich tím této tento řekl jsem jsme`,
  ro: `de și în a la cu să din pe că o un nu se care mai fi pentru este sunt au ca ce sau fost după prin acest această
    lui ei el iar dar cum până doar când însă foarte ar avea are va vor fără noi le sa și-a anul potrivit`,
  hu: `a az és hogy nem is egy van meg de már csak el ki mint volt még azt ezt ha vagy ez után sem pedig lesz miatt kell
    nagy most minden amely aki ami között szerint valamint lett majd úgy így által nincs vannak voltak alatt mert
    egyik első további`,
  tr: `ve bir bu da de için ile çok ne gibi daha o en ama sonra kadar her ben var olan olarak ki şu mi değil ya biz
    onun diye göre ise yok veya tüm şey bunu sadece bile ancak bütün nasıl yıl yılında dedi ayrıca`,
  id: `yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga ada adalah karena oleh sudah saya atau bisa
    mereka kami kita telah lebih tersebut seperti harus bahwa hanya dia setelah masih saat antara tahun namun para
    menjadi belum secara kata`,
  ca: `de la i el que a en els les per un una del amb no es és al dels com més però va seu seva hi ha o aquest aquesta
    també sobre són era fins ja molt tot perquè quan on entre sense li ho ens han l' d' s' n' segons anys als pels aquests
    aquestes seus seves mateix ara cap`,
  hr: `i je u da se na za su od s ne koji koja koje to a o kao iz sa ali ili do će bi biti smo sam bio bila što kako po
    ga mu još samo nije jer kad ima već sve bilo te nakon prema tijekom godine li kazao rekao rekla uvijek vrlo
    također zbog između bez prije svoj svoje ovaj ova ovo taj pa`,
  // ---- Cyrillic script
  ru: `и в не на что с по он я как а это к из но то у за от о же так все для было его она вы мы бы по только ее мне
    был вот их уже при если или когда даже ну ли до нет быть этого который которые также сказал года во будет были
    хотя может после более время очень где там себя этом этой них него есть чтобы можно со под без через этот эти
    году всех своей свои своих сейчас тоже они к том числе ранее`,
  uk: `і в на що з не до у та й як це за а він по від я але для так є його же ми вона про вже при якщо коли чи були
    було бути які який також році сказав або ще буде через після під між із зі її цього цей ця ці свою своїх тому
    може хоча щоб адже проти`,
  bg: `и на в да се е за не от с че по са това как ще но той тя които който която като а към при през след със има
    бъде беше година според също или във няма тези този тази след пред между може му ги си вече още обаче въпреки
    защото когато където`,
  sr: `и у да је на се за не од са што а као из о ли су али био била ће то који која које после према године рекао
    неће иако биће били било тако још само није јер када већ све њега њих`,
  mk: `и на во да се е за не од со што а како ги ќе ја го тоа кои која кој беше според година рече исто`,
};

/**
 * Letters that are strong evidence for a few languages only (spelling systems differ more than
 * word lists on short texts). Each occurrence counts for the languages listed.
 */
export const LETTER_HINTS: Readonly<Record<string, string>> = {
  ß: 'de',
  ñ: 'es',
  ã: 'pt', õ: 'pt',
  ç: 'fr pt ca tr',
  ø: 'da no', æ: 'da no',
  å: 'sv da no',
  ä: 'de sv fi', ö: 'de sv fi hu tr', ü: 'de hu tr',
  ő: 'hu', ű: 'hu',
  ł: 'pl', ą: 'pl', ę: 'pl', ś: 'pl', ź: 'pl', ż: 'pl', ń: 'pl',
  ć: 'pl hr',
  č: 'cs hr', š: 'cs hr', ž: 'cs hr',
  ř: 'cs', ě: 'cs', ů: 'cs',
  đ: 'hr',
  ă: 'ro', ș: 'ro', ț: 'ro', ţ: 'ro', î: 'ro fr', â: 'ro fr pt tr',
  ğ: 'tr', ı: 'tr', ş: 'tr ro',
  ê: 'fr pt', è: 'fr it ca', à: 'fr it ca pt', ò: 'it ca', ì: 'it', ù: 'it fr', ï: 'fr ca nl', ë: 'nl fr',
  // Cyrillic
  і: 'uk be', ї: 'uk', є: 'uk', ґ: 'uk',
  ў: 'be',
  ы: 'ru be', э: 'ru be', ё: 'ru be',
  ъ: 'bg', // Russian has it too, but ~50 times rarer
  ђ: 'sr', ћ: 'sr', џ: 'sr mk', ј: 'sr mk', љ: 'sr mk', њ: 'sr mk',
  ѓ: 'mk', ќ: 'mk', ѕ: 'mk',
  ә: 'kk', ғ: 'kk', қ: 'kk', ң: 'kk', ө: 'kk', ұ: 'kk', ү: 'kk', һ: 'kk',
};
