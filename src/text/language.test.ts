import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.js';

/** One ordinary news-style sentence per language (written for these tests). */
const SENTENCES: Record<string, string> = {
  en: 'The government said on Tuesday that it would not change the plan, but critics argue that the costs have been underestimated.',
  de: 'Die Regierung hat am Dienstag angekündigt, dass sie den Plan nicht ändern wird, obwohl die Kosten deutlich gestiegen sind.',
  fr: 'Le gouvernement a annoncé mardi qu’il ne modifierait pas le projet, mais les critiques estiment que les coûts ont été sous-estimés.',
  es: 'El gobierno anunció el martes que no cambiará el plan, aunque los críticos creen que los costes han sido subestimados por el ministerio.',
  it: 'Il governo ha annunciato martedì che non cambierà il piano, anche se secondo i critici i costi sono stati sottovalutati.',
  pt: 'O governo anunciou na terça-feira que não vai alterar o plano, mas os críticos dizem que os custos foram subestimados pelo ministério.',
  nl: 'De regering heeft dinsdag laten weten dat het plan niet wordt aangepast, hoewel critici zeggen dat de kosten veel hoger zijn.',
  sv: 'Regeringen meddelade på tisdagen att planen inte kommer att ändras, men kritiker menar att kostnaderna har underskattats.',
  da: 'Regeringen meddelte tirsdag, at planen ikke bliver ændret, selv om kritikerne mener, at udgifterne er blevet undervurderet af ministeriet.',
  no: 'Regjeringen sa tirsdag at planen ikke blir endret, selv om kritikerne mener at kostnadene er blitt undervurdert av departementet.',
  fi: 'Hallitus ilmoitti tiistaina, että suunnitelmaa ei muuteta, mutta arvostelijoiden mukaan kustannukset on arvioitu liian pieniksi.',
  pl: 'Rząd poinformował we wtorek, że nie zmieni planu, choć krytycy twierdzą, że koszty zostały wyraźnie zaniżone przez ministerstwo.',
  cs: 'Vláda v úterý oznámila, že plán nezmění, přestože kritici tvrdí, že náklady byly výrazně podhodnoceny a že je to chyba.',
  ro: 'Guvernul a anunțat marți că nu va modifica planul, deși criticii spun că și costurile au fost subestimate de minister.',
  hu: 'A kormány kedden bejelentette, hogy nem változtat a terven, bár a bírálók szerint a költségeket jelentősen alábecsülték.',
  tr: 'Hükümet salı günü planın değiştirilmeyeceğini açıkladı, ancak eleştirmenler maliyetlerin çok düşük tahmin edildiğini söylüyor.',
  id: 'Pemerintah mengumumkan pada hari Selasa bahwa rencana itu tidak akan diubah, meskipun para kritikus menilai biayanya terlalu rendah.',
  ca: 'El govern va anunciar dimarts que no canviarà el pla, tot i que els crítics diuen que els costos s’han subestimat molt.',
  hr: 'Vlada je u utorak objavila da neće mijenjati plan, iako kritičari tvrde da su troškovi znatno podcijenjeni i da je to pogreška.',
  ru: 'Правительство во вторник заявило, что не будет менять план, хотя критики считают, что расходы были сильно занижены.',
  uk: 'Уряд у вівторок заявив, що не змінюватиме план, хоча критики вважають, що витрати були суттєво занижені.',
  bg: 'Правителството обяви във вторник, че няма да променя плана, въпреки че критиците смятат, че разходите са подценени.',
  sr: 'Влада је у уторак саопштила да неће мењати план, иако критичари тврде да су трошкови знатно потцењени.',
  el: 'Η κυβέρνηση ανακοίνωσε την Τρίτη ότι δεν θα αλλάξει το σχέδιο, αν και οι επικριτές λένε ότι το κόστος έχει υποτιμηθεί.',
  ar: 'أعلنت الحكومة يوم الثلاثاء أنها لن تغير الخطة، رغم أن المنتقدين يقولون إن التكاليف كانت أقل من الحقيقة.',
  fa: 'دولت روز سه‌شنبه اعلام کرد که برنامه را تغییر نمی‌دهد، اما منتقدان می‌گویند هزینه‌ها کمتر از واقع برآورد شده است.',
  he: 'הממשלה הודיעה ביום שלישי כי לא תשנה את התוכנית, אף שהמבקרים טוענים כי העלויות הוערכו בחסר.',
  zh: '政府周二宣布不会改变该计划，但批评人士认为成本被严重低估了。',
  ja: '政府は火曜日、計画を変更しないと発表したが、批判的な人々は費用が過小評価されていると指摘している。',
  ko: '정부는 화요일 계획을 변경하지 않겠다고 발표했지만 비판론자들은 비용이 과소평가됐다고 주장한다.',
  hi: 'सरकार ने मंगलवार को घोषणा की कि वह योजना में बदलाव नहीं करेगी, हालांकि आलोचकों का कहना है कि लागत कम आंकी गई है।',
  th: 'รัฐบาลประกาศเมื่อวันอังคารว่าจะไม่เปลี่ยนแผน แม้ว่านักวิจารณ์จะบอกว่าต้นทุนถูกประเมินต่ำเกินไป',
  vi: 'Chính phủ thông báo hôm thứ Ba rằng sẽ không thay đổi kế hoạch, mặc dù các nhà phê bình cho rằng chi phí đã bị đánh giá thấp.',
};

for (const [lang, sentence] of Object.entries(SENTENCES)) {
  test(`detects ${lang}`, () => assert.equal(detectLanguage(sentence), lang));
}

test('too short -> null', () => {
  assert.equal(detectLanguage(''), null);
  assert.equal(detectLanguage('Hello world'), null);
  assert.equal(detectLanguage('Paris, 12 May 2024 — 14:00'), null);
  assert.equal(detectLanguage('東京'), null);
});

test('no clear winner -> null', () => {
  // Names and numbers only: letters enough, but no function words.
  assert.equal(detectLanguage('Steve Witkoff Jared Kushner Donald Trump Volodymyr Zelensky Emmanuel Macron'), null);
  // Words shared by Danish and Norwegian only.
  assert.equal(detectLanguage('Han har ikke været her, og det er ikke sikkert at han kommer igen i morgen'), null);
});

test('a few foreign words do not flip the language', () => {
  assert.equal(detectLanguage('The Bundestag debated the Schuldenbremse on Tuesday, and the Chancellor said that the rules would stay as they are.'), 'en');
  assert.equal(detectLanguage('Президент встретился с Volodymyr Zelensky и Emmanuel Macron в Париже, где они обсуждали гарантии безопасности.'), 'ru');
});

test('a Russian headline with few function words: ы/э and no other Cyrillic language letters', () => {
  assert.equal(detectLanguage('Новый ледовый дворец откроют после ремонта весной'), 'ru');
  assert.equal(detectLanguage('Нова крижана арена відкриється після ремонту навесні'), 'uk');
});

test('Romanian with cedilla letters (older spelling)', () => {
  assert.equal(detectLanguage('Guvernul a anunţat marţi că nu va modifica planul, deşi criticii spun că şi costurile au fost subestimate.'), 'ro');
});

test('long text is read from its start only and stays fast', () => {
  const long = SENTENCES.en!.repeat(20_000);
  assert.equal(detectLanguage(long), 'en');
});
