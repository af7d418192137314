/**
 * Given names that tell a speaker's gender, for resolving "he"/"she". Hand-collected: the most common
 * given names of people in English-language political and world news (US, UK, Europe, Russia/Ukraine,
 * Middle East). A name missing here leaves the gender unknown, which only weakens the preference.
 */

const MALE =
  'aaron abdullah adam adrian ahmed al alan albert alejandro alex alexander alexei alexey ali andrei andrew andrii andriy andy angus anthony antonio anton ari arnold arthur barack barry ben benjamin benny bernie bill billy bob bobby boris brad brandon brett brian bruce bryan carl carlos chad charles charlie chris christian christopher chuck clarence cory craig dan daniel danny darrell dave david dean denis dennis dick dmitri dmitry dmitriy don donald doug douglas duncan dwight ed eddie edward elijah elon emmanuel eric erik evan frank franklin fred gary gavin george gerald gordon greg gregory hakeem hank harold harry henry howard hugh ian igor ilya isaac ivan jack jacob jake james jamie jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin karl keir keith ken kenneth kevin kim kirill kyle larry lee leon leonid lindsey lou louis luis luke marco marcus mark martin matt matthew max michael mick mike mikhail mitch mitt mohammed muhammad narendra nathan neil newt nicholas nick nigel nikolai oleg olaf oliver omar orrin pat patrick paul pavel pyotr pete peter petro phil philip rahm ralph rand randy ray reince reinhold richard rick rishi rob robert rodrigo roger ron ronald ross roy rudy rush russ ryan sam samuel scott sean sebastian serge sergei sergey sergiy shimon simon stephen steve steven stuart ted terry thomas tim timothy todd tom tony travis trey tucker valery victor viktor vince vincent vitali vladimir vladislav volodymyr walter wayne william xi yuri yury zach'.split(
    ' ',
  );

const FEMALE =
  'abigail alexandria alice alina alison amanda amy ana andrea angela angelina ann anna anne annie barbara betsy beth betty carly carol caroline catherine cathy charlotte cheryl christine claire condoleezza dana debbie deborah diana diane donna dora elena elise elizabeth ella ellen elvira emily emma eva fiona gabrielle gina giorgia grace hannah heather heidi helen hillary hope huma irina iryna ivanka jackie jane janet jean jeanne jennifer jessica jill joan joanna jodi josephine joy judith judy julia julie karen kamala kate katherine kathleen kathy katie kayleigh kellyanne kelly kim kirsten kristen kristi laura lauren linda lisa liz lois loretta lucy lynn madeleine maria marie marine marina martha mary maxine megan melania melissa meryl michele michelle mika mitzi monica nancy natalia natalie nicola nikki nina olena olga pam pamela patricia paula penny rachel rebecca rosa ruth sally samantha sandra sara sarah sharon sheila sonia sophie stephanie susan susana susie svetlana tammy tanya tatiana teresa theresa tiffany tulsi ursula valentina valerie veronica victoria virginia wendy yulia yuliya zoe'.split(
    ' ',
  );

export const MALE_NAMES: ReadonlySet<string> = new Set(MALE);
export const FEMALE_NAMES: ReadonlySet<string> = new Set(FEMALE.filter((n) => !MALE_NAMES.has(n)));

/** Slavic surname endings that mark gender ("Zakharova" f, "Peskov" m). */
export const FEMALE_SURNAME = /(?:ova|eva|yova|ina|skaya|tskaya)$/;
export const MALE_SURNAME = /(?:ov|ev|yov|sky|skiy|skyi|enko|chuk)$/;
