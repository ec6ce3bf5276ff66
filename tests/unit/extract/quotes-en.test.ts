import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../utils/extract';
import { extractTexts, snapshotOf } from './helpers';

describe('English quotes', () => {
  it('joins a quote that carries on after the cue, and names the speaker', () => {
    const r = extractTexts(['"We will not raise the fares this year," Transport Minister Dana Kim said. "Passengers have paid enough."']);
    const q = r.quotes.filter((x) => x.kind === 'direct');
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('We will not raise the fares this year. Passengers have paid enough.');
    expect(q[0]!.speaker).toBe('Dana Kim');
    expect(q[0]!.cue).toBe('said');
  });

  it('reads a split quote as one', () => {
    const r = extractTexts(['"The bridge is safe," said engineer Paul Novak, "but the approach roads are not."']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['direct', 'The bridge is safe but the approach roads are not.', 'Paul Novak']]);
  });

  it('finds a colon-introduced quote with curly marks', () => {
    const r = extractTexts(['Mayor Anna Berg told reporters: “The new line will open in March.”']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['direct', 'The new line will open in March.', 'Anna Berg']]);
  });

  it('finds reported speech with and without "that", and "according to"', () => {
    const r = extractTexts([
      'Finance Minister Omar Said told parliament that the deficit would fall below 3% next year.',
      'The central bank expects inflation to ease, according to Governor Lena Park.',
      'Park said the bank would keep its key rate unchanged until March.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['indirect', 'the deficit would fall below 3% next year', 'Omar Said'],
      ['indirect', 'The central bank expects inflation to ease', 'Lena Park'],
      ['indirect', 'the bank would keep its key rate unchanged until March', 'Lena Park'],
    ]);
  });

  it('ignores scare quotes and quoted titles', () => {
    const r = extractTexts(['The so-called "digital nomad" visa and the "Operation Silver Key" case were discussed.']);
    expect(r.quotes).toEqual([]);
  });

  it('takes the speaker standing next to the cue, not a place named after it', () => {
    const r = extractTexts([
      'Prime Minister Keir Starmer met union leaders on Tuesday.',
      '"We have a plan and we are sticking to it," he told reporters in Downing Street.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Keir Starmer']);
  });

  it('reads a role set off by commas before a name, and a body named with "of"', () => {
    const r = extractTexts([
      'The opposition leader, Kemi Badenoch, spoke after the vote. "This is a betrayal," she said.',
      'Cases rose by a third in a month, the Ministry of Healthcare said on Friday.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Kemi Badenoch'],
      ['indirect', 'Ministry of Healthcare'],
    ]);
  });

  it('gives a quote to the person "of" a body, not to the body, and a later "the bank" to the body named before', () => {
    const r = extractTexts([
      '"Prices will keep rising until spring," Aliya Nurlanova of Steppe Capital Partners said on Monday.',
      'Inflation slowed to 8.1% in November, the National Bank of Kazakhstan said in a statement.',
      'The bank said it would review the base rate at its next meeting in January.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Aliya Nurlanova'],
      ['indirect', 'National Bank of Kazakhstan'],
      ['indirect', 'National Bank of Kazakhstan'],
    ]);
  });

  it('reads "told reporters … that" as one cue: "reporters" is a noun, not a second verb of speech', () => {
    const r = extractTexts(['Finance Minister Omar Haddad told reporters on Tuesday that the budget deficit would shrink to 2% next year.']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['indirect', 'the budget deficit would shrink to 2% next year', 'Omar Haddad', 'told'],
    ]);
    expect(r.claims.map((c) => c.type)).not.toContain('directive');
    const bare = extractTexts(['Interior Minister Lena Varga told reporters that the border crossings would reopen.']);
    expect(bare.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['indirect', 'the border crossings would reopen', 'Lena Varga']]);
  });

  it('gives a statement to the person named in apposition to a possessive role, not to the owner', () => {
    const lead = 'Health Minister Ngozi Okafor visited the new clinic on Monday.';
    const reported = extractTexts([lead, "Okafor's deputy, Sam Reyes, warned that the funds could run out by June."]);
    expect(reported.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['indirect', 'the funds could run out by June', 'Sam Reyes']]);
    const trailing = extractTexts([lead, "The funds could run out by June, Okafor's deputy, Sam Reyes, warned."]);
    expect(trailing.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['indirect', 'The funds could run out by June', 'Sam Reyes']]);
    const full = extractTexts(["Ngozi Okafor's deputy, Sam Reyes, warned that the funds could run out by June."]);
    expect(full.quotes.map((q) => q.speaker)).toEqual(['Sam Reyes']);
    // With no name for the deputy, the quote has no known speaker: the owner did not say it.
    const unnamed = extractTexts([lead, '"The funds could run out by June," said Okafor\'s deputy.']);
    expect(unnamed.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', null]]);
  });

  it('does not take a noun for a cue', () => {
    const r = extractTexts(['The senator accused the governor of breaking promises, and the claims were denied by his office.']);
    expect(r.quotes).toEqual([]);
  });

  it('reads "the minister" as the minister named before with a fuller role, but not as the prime minister', () => {
    const r = extractTexts([
      'Health Minister Asel Nurova told reporters on Monday that vaccine stocks were sufficient for the winter.',
      'Union leader Marat Ospan, who met her later, said nurses were working extra shifts.',
      'The minister said the country would import fewer vaccines this winter than last year.',
      'Prime Minister Olzhas Bektenov is due to visit the hospitals in December.',
    ]);
    const reported = r.quotes.find((q) => q.text.startsWith('the country would import'))!;
    expect(reported.speaker).toBe('Asel Nurova');
    expect(r.speakers.map((s) => s.name).sort()).toEqual(['Asel Nurova', 'Marat Ospan']);
  });

  it('names a body by the words between its determiner and its noun, and a shorter later name as the same body', () => {
    const r = extractTexts([
      'According to the regional water resources committee, reservoirs are 40% fuller than a year ago.',
      'Farmers will get their first water in April, the water resources committee said.',
    ]);
    const reported = r.quotes.filter((q) => q.kind === 'indirect');
    expect(reported.map((q) => q.speaker)).toEqual(['regional water resources committee', 'regional water resources committee']);
    expect(r.speakers).toHaveLength(1);
  });

  it('reads British single quotation marks, and keeps the apostrophes inside them', () => {
    const r = extractTexts([
      '‘The city’s buses will run every ten minutes from March. We have bought 200 new ones,’ transport chief Aidos Serikov said.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['direct', 'The city’s buses will run every ten minutes from March. We have bought 200 new ones', 'Aidos Serikov'],
    ]);
  });

  it('reports both clauses of "said A and that B"', () => {
    const r = extractTexts(['Health Minister Akmaral Alnazarova said the hospital would reopen in May and that no patients had been harmed.']);
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'the hospital would reopen in May and that no patients had been harmed']]);
  });

  it('takes a name set off by commas after a role and its complement for the holder of the role', () => {
    const r = extractTexts([
      'Deputy Mayor Yerlan Kuatov told reporters that the new bridge would open in June.',
      'The chairman of the residents association, Bolat Nurlanov, was less sure. He said the same promise had been made twice before.',
    ]);
    const reported = r.quotes.find((q) => q.text.startsWith('the same promise'))!;
    expect(reported.speaker).toBe('Bolat Nurlanov');
  });

  it('takes words in quotation marks before "according to" for a quote, without the marks', () => {
    const r = extractTexts(['“Flights to Aktau will resume on Friday,” according to a statement from the airport authority.']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.cue])).toEqual([['direct', 'Flights to Aktau will resume on Friday', 'according to']]);
  });

  it('reports "X reported that …", and takes no "reportedly" for a cue', () => {
    const r = extractTexts([
      'Energy Minister Yerlan Akkenzhenov reported that oil output had reached a record 1.9 million barrels a day.',
      'The field was reportedly shut for two days in October, and analysts doubt that the record will hold.',
    ]);
    expect(r.quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['oil output had reached a record 1.9 million barrels a day', 'Yerlan Akkenzhenov', 'reported'],
    ]);
  });

  it('reports the statement a participle takes up after a comma ("denied the claims, saying …"), and the clause before it when there is one', () => {
    const denied = extractTexts(['The ministry of ecology denied the claims, saying the lake had been tested twice this month.']);
    expect(denied.quotes.map((q) => [q.text, q.cue])).toEqual([['the lake had been tested twice this month', 'saying']]);
    const added = extractTexts(['Chairman Serik Zhumanov said the plant would reopen in May, adding that no jobs would be cut.']);
    expect(added.quotes.map((q) => [q.text, q.cue])).toEqual([
      ['the plant would reopen in May', 'said'],
      ['no jobs would be cut', 'adding'],
    ]);
  });

  it('gives "X told Y" to X, not to the listener after the verb', () => {
    const r = extractTexts([
      '“We see no reason to change the forecast,” Suleimenov told Reuters on Tuesday.',
      'Wheat exports will double this season, Beketov told Bloomberg.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Suleimenov', 'Beketov']);
  });

  it('reports a statement whose cue stands between its subject and its verb ("The law, he said, will …")', () => {
    const r = extractTexts(['Senator Dana Abenova backed the bill on Monday. The reform, she said, will cut the waiting time for permits by half.']);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['The reform will cut the waiting time for permits by half', 'Dana Abenova']]);
  });

  it('takes the words after "said" for the statement when they are a clause, not the words before the comma', () => {
    const r = extractTexts([
      'The mayor declined to comment, but his deputy Arman Sultan said the tender would be repeated in spring.',
      'The road will reopen on Monday, said police spokeswoman Zarina Akhmetova.',
      'Taxes will not rise next year, Finance Minister Ruslan Ospanov told reporters on Thursday.',
    ]);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['the tender would be repeated in spring', 'Arman Sultan'],
      ['The road will reopen on Monday', 'Zarina Akhmetova'],
      ['Taxes will not rise next year', 'Ruslan Ospanov'],
    ]);
  });

  it('takes no circumstance before "the minister said:" for a statement, only the quotation it introduces', () => {
    const r = extractTexts([
      'Responding to questions from lawmakers, Deputy Finance Minister Dana Yermekova said:',
      '“There are no plans to raise value added tax next year.”',
      'Tax revenue rose by 9 percent, Finance Minister Madi Takiyev said.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['direct', 'There are no plans to raise value added tax next year.', 'Dana Yermekova'],
      ['indirect', 'Tax revenue rose by 9 percent', 'Madi Takiyev'],
    ]);
  });

  it('ends the quote\'s sentence where a cue between its pieces ends one, and adds no comma where the cue had one', () => {
    const r = extractTexts([
      '“There is enough vaccine for everyone,” Health Minister Akmaral Alnazarova said. “No one should be turned away from a clinic.”',
      '“We are,” said Energy Minister Almas Zhumabekov, “ahead of the schedule agreed with the consortium.”',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual([
      'There is enough vaccine for everyone. No one should be turned away from a clinic.',
      'We are ahead of the schedule agreed with the consortium.',
    ]);
  });

  it('takes a group opening a sentence ("Residents say …") for no one\'s name, and its words for no official\'s', () => {
    const r = extractTexts([
      'Residents say the water has been cut off for three days.',
      'Experts believe the tenge could weaken further in the first quarter.',
      'Deputy Mayor Arman Seitov said the water would be back on by Friday.',
    ]);
    expect(r.speakers.map((s) => s.name)).toEqual(['Arman Seitov']);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['the water has been cut off for three days', 'residents'],
      ['the tenge could weaken further in the first quarter', 'experts'],
      ['the water would be back on by Friday', 'Arman Seitov'],
    ]);
  });

  it('reports the clause after "said on Tuesday" or "said in a statement" without "that", and no noun of a longer circumstance', () => {
    const r = extractTexts([
      'The foreign ministry said on Tuesday it had summoned the Georgian ambassador over the remarks.',
      'The Ministry of Energy said in a statement the price cap on diesel would stay until March.',
      '"Tariffs will not rise this winter," Energy Minister Almasadam Satkaliyev said at a news conference in the capital.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['indirect', 'it had summoned the Georgian ambassador over the remarks'],
      ['indirect', 'the price cap on diesel would stay until March'],
      ['direct', 'Tariffs will not rise this winter'],
    ]);
  });

  it('ends a statement at a cue set off by commas when a whole clause comes before it', () => {
    const r = extractTexts([
      'The new terminal will open in the second half of 2027, Transport Minister Marat Karabayev said on Monday, a year later than the government had promised.',
      'The tender, Karabayev said, will be repeated in January.',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual(['The new terminal will open in the second half of 2027', 'The tender will be repeated in January']);
  });

  it('takes a name or body right after "said" for the subject of what was said when the clause goes on, and reads "2,000" as one number', () => {
    const r = extractTexts([
      'Aibek Smadiyarov, a spokesman for the Foreign Ministry, said Kazakhstan had not received any request for extradition.',
      'In an interview with Kazinform, Health Minister Akmaral Alnazarova said the ministry would hire 2,000 nurses.',
      'Power was restored to most homes by the evening, said Yerlan Abdrakhmanov, a spokesman for the emergency ministry.',
    ]);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Kazakhstan had not received any request for extradition', 'Aibek Smadiyarov'],
      ['the ministry would hire 2,000 nurses', 'Akmaral Alnazarova'],
      ['Power was restored to most homes by the evening', 'Yerlan Abdrakhmanov'],
    ]);
  });

  it('takes "told a government meeting on Tuesday" for a listener and a circumstance, not for what was said', () => {
    const r = extractTexts(['Kazakhstan plans to halve gasoline imports next year, Energy Minister Almasadam Satkaliyev told a government meeting on Tuesday.']);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['Kazakhstan plans to halve gasoline imports next year', 'Almasadam Satkaliyev']]);
  });

  it('takes a question reported with "whether" for no statement', () => {
    const r = extractTexts(['"No," Energy Minister Almasadam Satkaliyev replied when asked whether the refinery would be sold to a foreign buyer.']);
    expect(r.quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('resolves "she said" after a quote over several paragraphs from where the quote began', () => {
    const r = extractTexts([
      'Health Minister Akmaral Alnazarova addressed the Mazhilis on Wednesday.',
      '“We have built 20 new clinics this year. Every district centre now has a hospital with an intensive care unit.',
      '“Next year we will open another 15 clinics, most of them in villages,” she said.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Akmaral Alnazarova']]);
    expect(r.quotes[0]!.text).toContain('Next year we will open another 15 clinics');
  });

  it('takes "told a briefing in Astana, adding that …" for a listener and a circumstance before a second statement', () => {
    const r = extractTexts(['“Corruption cases fell by a third,” Anti-Corruption Agency chairman Askhat Zhumagali told a briefing in Astana on Thursday, adding that 1,200 officials had been convicted.']);
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['direct', 'Corruption cases fell by a third'],
      ['indirect', '1,200 officials had been convicted'],
    ]);
  });

  it('never takes a name inside the statement for the "he" or "she" who says it', () => {
    const r = extractTexts([
      'Finance Minister Madina Abylkassymova said the deficit would narrow next year.',
      'Talks with Halyk Bank and other lenders will start in May, she added.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Madina Abylkassymova', 'Madina Abylkassymova']);
  });

  it('keeps a deputy\'s role apart from the role of the one they deputise for', () => {
    const r = extractTexts([
      'Deputy Prime Minister Serik Zhumangarin said the rail plan was three months late.',
      'The prime minister said the plan would still be approved in May.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Serik Zhumangarin', 'prime minister']);
    expect(r.speakers.find((s) => s.name === 'Serik Zhumangarin')!.role).toBe('Deputy Prime Minister');
  });

  it('reads a ministry\'s name of several parts joined by "and" as the role\'s complement, not as a name', () => {
    const r = extractTexts(['The national team will get a new stadium, Minister of Culture and Sport Aida Balayeva said on Friday.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Aida Balayeva']);
  });

  it('leaves a wire dateline with its date ("ALMATY, Nov 3 (Reuters) - ") out of the statement', () => {
    const r = extractTexts(['ALMATY, Nov 3 (Reuters) - Kazakhstan will raise fuel prices next year, Energy Minister Almassadam Satkaliyev said on Friday.']);
    expect(r.quotes.map((q) => q.text)).toEqual(['Kazakhstan will raise fuel prices next year']);
  });

  it('takes "who asked not to be named" for no statement, and reports what the source then said', () => {
    const r = extractTexts(['An official at the ministry, who asked not to be identified, said the tender would be cancelled.']);
    expect(r.quotes.map((q) => [q.cue, q.text])).toEqual([['said', 'the tender would be cancelled']]);
  });

  it('finds the subject before a relative clause ("KEGOC, which runs the grid, said …"), an acronym included', () => {
    const r = extractTexts([
      'KEGOC, which runs the national grid, said in a statement that power had been restored to 40,000 homes.',
      'Kaztransgas, which supplies most of the country, said prices would not change this winter.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['KEGOC', 'power had been restored to 40,000 homes'],
      ['Kaztransgas', 'prices would not change this winter'],
    ]);
  });

  it('takes "the head of state" for the president, not for someone named later as the head of a body', () => {
    const r = extractTexts([
      'President Kassym-Jomart Tokayev met the cabinet on Monday.',
      'Speaking after the meeting, the head of state said wages in the public sector would rise by 10%.',
      'The head of the civil service agency, Darkhan Zhazykbayev, said the increase had been planned for a year.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Kassym-Jomart Tokayev', 'Darkhan Zhazykbayev']);
  });

  it('reads "…, saying …" after an instruction as a statement of its own', () => {
    const r = extractTexts(['The mayor instructed district heads to clear the roads by morning, saying the snowfall had been forecast for a week.']);
    expect(r.quotes.map((q) => [q.cue, q.text])).toEqual([
      ['instructed', 'district heads to clear the roads by morning'],
      ['saying', 'the snowfall had been forecast for a week'],
    ]);
  });

  it('reads "In his words, …" as reported speech of the man in view', () => {
    const r = extractTexts([
      'Finance Minister Madi Takiyev presented the draft budget on Tuesday.',
      'In his words, the deficit will not exceed 3% of GDP next year.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Madi Takiyev', 'the deficit will not exceed 3% of GDP next year']]);
  });

  it('reads a long body name in a role\'s "of" complement to the name after it ("Chairman of the Agency for … of the Financial Market X")', () => {
    const r = extractTexts(['Chairman of the Committee for Regulation and Supervision of the Energy Market Asset Nurpeisov noted that prices had stabilised.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Asset Nurpeisov']);
    expect(r.speakers[0]!.role).toBe('Chairman of the Committee for Regulation and Supervision of the Energy Market');
  });

  it('reads an acronym that ends its paragraph after the cue ("…, said KEGOC") as the speaker', () => {
    const r = extractTexts(['Power was restored to all consumers by morning, said KEGOC']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['KEGOC', 'Power was restored to all consumers by morning']]);
  });

  it('gives a person the role with its field written before it ("Agriculture Minister X" is not just "Minister")', () => {
    const r = extractTexts(['The Agriculture Minister Aidarbek Saparov said the harvest would exceed 22 million tonnes.']);
    expect(r.speakers.map((s) => [s.name, s.role])).toEqual([['Aidarbek Saparov', 'Agriculture Minister']]);
  });

  it('gives no one named earlier the words a group says in a relative clause ("…, which critics say is too low")', () => {
    const r = extractTexts(['The ministry raised the minimum pension to 70,000 tenge, which critics say is still too low.']);
    expect(r.quotes).toEqual([]);
  });

  it('reports what a group no one names singly says, the group for its speaker ("Critics say …", "…, organizers said on Thursday")', () => {
    const r = extractTexts([
      'Critics say the new law will limit press freedom.',
      'The rally will go ahead on Sunday despite the ban, organizers said on Thursday.',
      'The plant could be sold next year, two sources familiar with the matter told Steppe Wire.',
      'Economists expect growth to slow. Local economists say the tenge will weaken further.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['critics', 'the new law will limit press freedom'],
      ['organizers', 'The rally will go ahead on Sunday despite the ban'],
      ['sources', 'The plant could be sold next year'],
      ['economists', 'the tenge will weaken further'],
    ]);
    // A group is no person the panel lists among the officials, and "Steppe Wire" is only the listener.
    expect(r.speakers).toEqual([]);
  });

  it('gives a group\'s words to the body its members work for ("analysts at Jefferies said")', () => {
    const r = extractTexts(['Uranium prices have doubled since 2021, and analysts at Jefferies said the cut would push spot prices higher.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Jefferies', 'the cut would push spot prices higher']]);
  });

  it('takes no weekday after "said" for the speaker ("X said Wednesday", "X said Monday night")', () => {
    const r = extractTexts([
      'Gas prices will stay frozen until March, Energy Minister Yerlan Akkenzhenov said Wednesday.',
      'The airport will reopen on Friday, Aibek Nurlanov said Monday night.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Yerlan Akkenzhenov', 'Gas prices will stay frozen until March'],
      ['Aibek Nurlanov', 'The airport will reopen on Friday'],
    ]);
  });

  it('leaves a dateline with its country ("ASTANA, Kazakhstan (AP) — ") out of the statement', () => {
    const r = extractTexts(['SHYMKENT, Kazakhstan (Steppe Press) — The city will build three new water intakes by 2028, Mayor Gabit Syzdykbekov said.']);
    expect(r.quotes.map((q) => q.text)).toEqual(['The city will build three new water intakes by 2028']);
  });

  it('keeps a role\'s field of two names joined by "and" ("Culture and Sport Minister")', () => {
    const r = extractTexts(['Museums will be free for pupils from January, Culture and Information Minister Aida Balayeva told reporters.']);
    expect(r.speakers.map((s) => [s.name, s.role])).toEqual([['Aida Balayeva', 'Culture and Information Minister']]);
  });

  it('reads a body\'s "of" complement of several words as its name, not a person ("the Bureau of National Statistics said")', () => {
    const r = extractTexts([
      'Inflation slowed to 8.2% in November, the Agency of Strategic Planning and Reforms said.',
      'Unemployment stayed at 4.7%, according to the Bureau of National Statistics.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Agency of Strategic Planning and Reforms', 'Bureau of National Statistics']);
    // A body's own name is no role it holds.
    expect(r.speakers.map((s) => s.role)).toEqual([null, null]);
  });

  it('reads "added" inside a noun ("value added tax") as no verb of speech', () => {
    const r = extractTexts(['The government plans to raise value added tax to 16% next year, the finance minister said.']);
    expect(r.quotes.map((q) => q.text)).toEqual(['The government plans to raise value added tax to 16% next year']);
  });

  it('gives "…, telling MPs that …" to the sentence\'s subject, and takes no plural acronym ("MPs") for a name', () => {
    const r = extractTexts(['Kazakhstan’s energy minister defended the tariff rise on Tuesday, telling MPs that the grid needed 2 trillion tenge of repairs.']);
    expect(r.quotes.map((q) => q.text)).toEqual(['the grid needed 2 trillion tenge of repairs']);
    expect(r.speakers.map((s) => s.name)).not.toContain('MPs');
  });

  it('identifies a role named alone in a story\'s opening with the one person named around it', () => {
    const r = extractTexts([
      'Madi Takiyev tells parliament that higher tax is needed to cut the deficit.',
      'Kazakhstan’s finance minister has defended a plan to raise the tax, telling MPs that the country could not keep borrowing.',
      '“We will not retreat,” Madi Takiyev told the Mazhilis on Friday.',
      'Yerlan Sairov, a member of the Amanat party, said small firms had not been given time to prepare.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Madi Takiyev', 'Madi Takiyev', 'Madi Takiyev', 'Yerlan Sairov']);
    expect(r.speakers.find((s) => s.name === 'Madi Takiyev')?.role).toBe('finance minister');
  });

  it('gives "it said" to the body named last', () => {
    const r = extractTexts(['The National Bank kept its base rate at 16.5%. It said inflation would slow to 9% next year.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['National Bank', 'inflation would slow to 9% next year']]);
  });

  it('leaves a verb its cue after the subject\'s own "of" complement and after "and"', () => {
    expect(extractTexts(['The chairman of the board said the company would pay no dividend this year.']).quotes.map((q) => q.text)).toEqual(['the company would pay no dividend this year']);
    expect(extractTexts(['Lawyer Dias Mamyrov called the ruling unfair and said his client would appeal to the Supreme Court.']).quotes.map((q) => q.text)).toEqual(['his client would appeal to the Supreme Court']);
  });

  it('takes no "it" inside a quotation for a speaker ("… use it," said X)', () => {
    const r = extractTexts(['"Families need the library on Saturdays, and they use it," said Dana Park, a councillor who proposed the amendment.']);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Dana Park']]);
  });

  it('reads "said Transport Minister X" as the minister speaking, not "Transport"', () => {
    const r = extractTexts(['"Rail freight will double by 2030," said Transport Minister Nurlan Sauranbayev, who attended the opening.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Nurlan Sauranbayev']);
    expect(r.speakers.map((s) => s.role)).toEqual(['Transport Minister']);
  });

  it('leaves a press-release dateline ("ALMATY, Kazakhstan--(BUSINESS WIRE)--") out of the statement', () => {
    const r = extractTexts(['SHYMKENT, Kazakhstan--(BUSINESS WIRE)--Shymkent Airport today opened a second runway, the airport said in a statement.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Shymkent Airport', 'Shymkent Airport today opened a second runway']]);
  });

  it('reads a body in a role\'s complement as the employer, and "the company" as the body named before', () => {
    const r = extractTexts([
      '"We will hire 300 people," said Dana Ospanova, chief executive of Aktau International Airport.',
      'Aktau International Airport served 1.2 million passengers last year. "We connect the Caspian with the world," the company says on its website.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Dana Ospanova', 'Aktau International Airport']);
    expect(r.speakers.find((s) => s.name === 'Dana Ospanova')?.role).toBe('chief executive of Aktau International Airport');
  });

  it('gives "President X\'s spokesman, Y, said" to the spokesman, not to the president', () => {
    const r = extractTexts(['Prime Minister Olzhas Bektenov’s spokeswoman, Aida Balayeva, said on Telegram that the cabinet would meet on Monday.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Aida Balayeva']);
  });

  it('gives "X, the state rail company, said" to X, not to a body named earlier', () => {
    const r = extractTexts([
      'The government raised freight tariffs in November.',
      'KTZ, the state rail company, said in a statement that it would add 2,000 grain wagons by January.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['KTZ', 'it would add 2,000 grain wagons by January']]);
  });

  it('gives "X told Y that …, according to a readout" to X, the source only relaying it', () => {
    const r = extractTexts(['Tokayev told Erdogan that trade had doubled in five years, according to a readout published by the Akorda.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Tokayev', 'trade had doubled in five years']]);
  });

  it('reports what a document says with no speaker ("A joint statement issued after the talks said …")', () => {
    const r = extractTexts(['A joint statement issued after the talks said the two countries would open a new border crossing in 2027.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([[null, 'the two countries would open a new border crossing in 2027']]);
  });

  it('reads a promise with a noun for its object as no statement, and one with a clause as one', () => {
    expect(extractTexts(['The ministry promises new schools as villages grow.']).quotes).toEqual([]);
    expect(extractTexts(['The akim of Taraz, Dauren Ermekov, promised the new bridge would open in May.']).quotes.map((q) => [q.speaker, q.text])).toEqual([['Dauren Ermekov', 'the new bridge would open in May']]);
  });

  it('reads "the General Prosecutor’s Office said" as the office, not a general', () => {
    const r = extractTexts(['Two officials were detained, the General Prosecutor’s Office said on Thursday.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['General Prosecutor’s Office']);
  });

  it('gives "he" to the person the paragraph opens with, after a body spoke last', () => {
    const r = extractTexts([
      'Sports Minister Ermek Marzhikpayev said he would not resign.',
      'Two officials were detained, the prosecutor’s office said.',
      'Opposition politician Zhanbolat Mamay called for the minister to resign. Here is what he wrote on Facebook: “The minister cannot investigate himself.”',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ermek Marzhikpayev', 'prosecutor’s office', 'Zhanbolat Mamay']);
  });

  it('splits "said that …, arguing that …" into two statements of one speaker, and "…, he said, adding that …" stays his', () => {
    const r = extractTexts([
      'Prime Minister Olzhas Bektenov said on Monday that taxes would not rise next year, arguing that the budget had enough reserves.',
      'The state would save 40 billion tenge a year, he said, adding that no services would be cut.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Olzhas Bektenov', 'taxes would not rise next year'],
      ['Olzhas Bektenov', 'the budget had enough reserves'],
      ['Olzhas Bektenov', 'The state would save 40 billion tenge a year'],
      ['Olzhas Bektenov', 'no services would be cut'],
    ]);
  });

  it('gives a participle no subject from the sentence\'s object ("Senators criticised the Water Code, arguing that …")', () => {
    const r = extractTexts(['Senators on Wednesday sharply criticised the draft Water Code, arguing that it puts the burden on small farmers.']);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('Water Code');
  });

  it('reads a cue clause past an honorific\'s point ("…," Mr. Tokayev said. "…")', () => {
    const r = extractTexts(['"We will not close the plant," Ms. Balayeva said. "Not this year, and not next year."']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Balayeva', 'We will not close the plant. Not this year, and not next year.']]);
  });

  it('reads no statement into a noun a verb took ("confirmed the closure of the plant"), and a clause when a verb is in it', () => {
    const r = extractTexts([
      'Energy Minister Almas Sadykov confirmed the closure of the coal mine in Karaganda.',
      'The ministry accepted the proposal from the miners\' union on Monday.',
      'Sadykov admitted the retraining programme had started late.',
      'Under questioning, the mine director accepted that safety checks had been skipped.',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual(['the retraining programme had started late', 'safety checks had been skipped']);
  });

  it('reads the words after a quotation\'s cue as its circumstance ("“…,” he said outside the courtroom")', () => {
    const r = extractTexts(['“My client has never seen that money,” defence lawyer Asel Nurmagambetova said outside the courthouse.']);
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'My client has never seen that money']]);
  });

  it('gives each answer of a press-conference transcript to the official its label names, and the moderator\'s and reporters\' lines to no one', () => {
    const r = extractTexts([
      'Health Minister Akmaral Alnazarova and Vice Minister of Health Tlegen Kasymov held a briefing on Tuesday. Below is the transcript.',
      'Moderator: Good afternoon. We have half an hour, so please keep your questions short.',
      'Daniyar Ospanov, Astana Daily: When will the new hospital in Turkistan open?',
      'Alnazarova: The hospital will open in September. All the equipment has already been delivered.',
      'Zhanna Bek, Steppe Radio: A question for the vice minister. How many doctors are still missing in rural clinics?',
      'Kasymov: About 1,200 doctors. This year we will send 400 graduates to villages under the new grant.',
      'Moderator: Thank you. That concludes the briefing.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 30)])).toEqual([
      ['Akmaral Alnazarova', 'The hospital will open in Sept'],
      ['Tlegen Kasymov', 'About 1,200 doctors. This year'],
    ]);
  });

  it('takes a headline\'s opening capital for no name ("Former Almaty deputy mayor goes on trial")', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Former Shymkent deputy mayor goes on trial over bribes' },
      'A former deputy mayor of Shymkent went on trial on Monday.',
      '“Please keep to the facts of the case,” Judge Dana Abenova said.',
      'The first witness was Askar Temirov, the director of a Shymkent building firm. He said he had paid the deputy mayor in cash.',
    ]);
    expect(r.speakers.map((s) => s.name)).not.toContain('Former Shymkent');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Dana Abenova', 'Askar Temirov']);
  });

  it('gives a quotation the name in parentheses after it ("“…” (Y. Nurtazin, briefing, 14 October)")', () => {
    const r = extractTexts([
      'Finance Minister Madi Takiyev spoke to parliament on Wednesday.',
      '“The deficit will not exceed 3% of GDP this year” (M. Takiyev, plenary session, 12 March).',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Madi Takiyev', 'The deficit will not exceed 3% of GDP this year']]);
  });

  it('names "the ministry" by the field of the minister named before it ("Energy Minister X … the ministry said")', () => {
    const r = extractTexts([
      'Energy Minister Almas Sadykov opened the new substation in Taraz on Friday.',
      'Power cuts in the region fell by a third this year, the ministry said in a statement.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ministry of Energy']);
  });

  it('reads the items of a list a speaker introduces with a colon as that speaker\'s statements', () => {
    const r = extractTexts([
      'Governor Serik Akhmetov gave the following instructions to district heads:',
      { kind: 'list-item', text: 'all schools are to be connected to central heating by October;' },
      { kind: 'list-item', text: 'coal reserves must be at least 10% above last winter’s consumption.' },
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Serik Akhmetov', 'all schools are to be connected to central heating by October'],
      ['Serik Akhmetov', 'coal reserves must be at least 10% above last winter’s consumption'],
    ]);
  });

  it('takes no name inside a relative clause for the speaker ("X, whose company Y owns the mine, told reporters")', () => {
    const r = extractTexts(['“We did everything we could,” Daulet Ospanov, whose firm Temir Service runs the depot, told reporters.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Daulet Ospanov']);
  });

  it('reads "declared a day of mourning, and …" as no statement, and "…, they said" as one with no speaker', () => {
    const r = extractTexts([
      'The regional administration declared a day of mourning, and flags were lowered across the region.',
      'Talks with two Gulf investors have also begun. The talks are at an early stage and may not lead to a deal, they said.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([[null, 'The talks are at an early stage and may not lead to a deal']]);
  });

  it('takes a headline "Plant manager: ‘…’" for a quote when the body quotes those words', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Plant manager: ‘We did everything we could’' },
      '“We did everything we could,” said Arman Tulegenov, who manages the plant. “The fire spread too fast.”',
    ]);
    const headline = r.quotes.find((q) => q.kind === 'headline');
    expect([headline?.text, headline?.speaker]).toEqual(['We did everything we could', 'Arman Tulegenov']);
  });

  it('reads an English line opening with a dash and naming no one as no quote ("— With assistance from …")', () => {
    const r = extractTexts([
      '“The bonds were oversubscribed three times,” Finance Minister Madi Takiyev said.',
      '— With assistance from Dana Omarova and Arman Seitov',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual(['The bonds were oversubscribed three times']);
  });

  it('reads "according to estimates …" with no one named as the writer\'s own figures, and "according to figures from the ministry" as the ministry\'s', () => {
    const r = extractTexts([
      'Yields on the 2030 notes have risen 40 basis points since March, according to estimates of this publication.',
      'Unemployment fell to 4.6% in the third quarter, according to figures from the labor ministry.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['labor ministry', 'Unemployment fell to 4.6% in the third quarter']]);
  });

  it('links a family name written first to the full name ("Park Min-jun … Park also said that …")', () => {
    const r = extractTexts([
      'South Korea’s trade minister Park Min-jun arrived in Almaty on Monday.',
      'Park also said that Seoul would open a trade office in Shymkent next year.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Park Min-jun', 'Seoul would open a trade office in Shymkent next year']]);
  });

  it('gives a quotation after "X was blunt:" to X, and "the ministry’s spokesperson" to no minister named before', () => {
    const r = extractTexts([
      'Deputy Mayor Arman Seitov spoke first. Dana Omarova, a city councillor, was blunt: “This is a tax on people who have no other way to get to work.”',
      'Energy Minister Almas Sadykov left before the vote. On Tuesday, the ministry’s spokesperson said the plant had not been discussed.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Dana Omarova', 'ministry spokesperson']);
  });

  it('reads a cue clause that runs long to the end of its sentence ("…, X told a joint news conference with his … counterpart on Tuesday.")', () => {
    const r = extractTexts(['ASTANA – The two countries will open direct flights this summer, Foreign Minister Yerlan Karin told a joint news conference with his South Korean counterpart on Tuesday.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Yerlan Karin', 'The two countries will open direct flights this summer']]);
  });

  it('takes a people\'s adjective for no name ("a Korean reporter"), so "he said" stays with the one who spoke', () => {
    const r = extractTexts([
      'Foreign Minister Yerlan Karin held talks with his South Korean counterpart.',
      '“We signed eleven agreements,” President Kassym-Jomart Tokayev said after the talks.',
      'Asked by a Korean reporter about relations with larger neighbours, Karin smiled. ‘We do not choose sides,’ he said.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Kassym-Jomart Tokayev', 'Yerlan Karin']);
  });

  it('reads "replied the next morning", "posted again within the hour" and "asked, turning to …" as no statements', () => {
    const r = extractTexts([
      'Minister Arman Baimukhanov replied the next morning. Senator Saule Iskakova posted again within the hour.',
      '“Who will pay for this?” Senator Marat Kaliyev asked, turning to the officials seated across the room.',
      'Baimukhanov replied the grid had been repaired by Friday.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['direct', 'Who will pay for this?'],
      ['indirect', 'the grid had been repaired by Friday'],
    ]);
  });

  it('reads a long group of sources and a long listener before "that" ("told a hearing in the Mazhilis, the lower house of parliament, last month that")', () => {
    const r = extractTexts([
      'The fund has held talks with two Gulf investors, three sources with knowledge of the matter said, asking not to be named.',
      'Deputy Finance Minister Dana Ospanova told a hearing in the Mazhilis, the lower house of parliament, last month that the state could no longer pay for storage.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['sources', 'The fund has held talks with two Gulf investors'],
      ['Dana Ospanova', 'the state could no longer pay for storage'],
    ]);
  });

  it('gives "according to a document seen by X" to no one, and "according to a statement from the company" to the company', () => {
    const r = extractTexts([
      'Kazakhstan plans to sell 30% of the railway, according to a document seen by Steppe Wire.',
      'Kazatomprom will cut output by 10%, according to a statement from the company.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual([null, 'company']);
  });

  it('keeps "region" in a role\'s place ("Akim of Almaty region X said"), so "the akim" is he, not his deputy', () => {
    const r = extractTexts([
      'Akim of Turkistan region Nurlan Baimuratov said at a briefing that the region received 1.2 million tourists this year.',
      'Deputy akim of the region Saule Abdikerimova informed that 14 new hotels had opened.',
      'According to the akim, the airport will be expanded by 2028.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Nurlan Baimuratov', 'Saule Abdikerimova', 'Nurlan Baimuratov']);
  });
  it('reads what people habitually call someone as a nickname, not a quote ("Akims call her “the plumber”")', () => {
    const r = extractTexts(['Aigerim Sadykova runs the water utility of Shymkent. Local akims call her “the plumber” because she fixed the pipes herself. “We will finish the network by May,” she said.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Aigerim Sadykova', 'We will finish the network by May']]);
  });

  it('gives "the expert said" to the analyst named before', () => {
    const r = extractTexts(['Jefferies analyst Tom Reed said prices would rise by 15%. Energy Minister Almas Sadykov said there was no fuel shortage. Such a rise is unavoidable, the expert said.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Tom Reed', 'Almas Sadykov', 'Tom Reed']);
  });
  it('gives "the chief said" to the police chief, not to the assistant chief named after her', () => {
    const r = extractTexts(['Police Chief Dana Morrow spoke at a news conference. Assistant Chief Ray Holt stood beside her. The chief said investigators had recovered 20 shell casings.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Dana Morrow']);
  });

  it('gives "…, police said" to the one police body the story names', () => {
    const r = extractTexts([
      'A man was injured in a shooting outside a store on Main Street late Saturday, police said.',
      'In a news release, the Raleigh Police Department said: “Anyone with information is asked to call investigators.”',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Raleigh Police Department', 'Raleigh Police Department']);
  });

  it('skips a transcript in capitals, whose words all look like acronyms', () => {
    const r = extractTexts(['>> THE CHIEF SAYS INVESTIGATORS ARE STILL WORKING THROUGH HOURS OF VIDEO.', 'Police Chief Dana Morrow said the shooting was not random.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Dana Morrow', 'the shooting was not random']]);
  });

  it('reads "that" after a preposition as pointing at a noun ("video from that night"), not opening a clause', () => {
    const r = extractTexts(['Aunt Tonya Greer said the family was asking anyone with video from that night to share it with police.']);
    expect(r.quotes.map((q) => q.text)).toEqual(['the family was asking anyone with video from that night to share it with police']);
  });

  it('gives a quotation standing alone to the one the next paragraph names ("That is how X described …")', () => {
    const r = extractTexts([
      'Council member Marcus Whitfield said the city had promised a team two years ago.',
      '“He was supposed to walk across that stage in June.”',
      'That is how Tonya Greer described her nephew as she stood outside the family home.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Marcus Whitfield', 'Tonya Greer']);
  });

  it('does not read a headline\'s words after a role as its holder\'s name ("police chief asks for tips after … Holloway Street")', () => {
    const r = extractTexts([{ kind: 'headline', text: '‘Somebody knows something’: Durham police chief asks for tips after teen killed in Holloway Street shooting' }, '“Somebody knows something,” Police Chief Denise Halvorsen said on Monday.']);
    expect(r.speakers.map((s) => s.name)).not.toContain('Holloway Street');
  });
  it('gives "said a diplomat who asked not to be named" to no one named before', () => {
    const r = extractTexts([
      'Foreign Minister Azamat Toktosunov signed the protocol. “It is a shared responsibility,” Toktosunov told reporters.',
      'Not everyone is convinced. “The protocol is a good document for a wet year,” said a diplomat who asked not to be named.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Azamat Toktosunov', 'diplomat']);
  });

  it('reads "special representative for Central Asia" as a role and its complement, the role of the name before it', () => {
    const r = extractTexts(['Rosa Haller, the UN special representative for Central Asia, welcomed the deal.', '“Bilateral deals are signed one summer at a time,” she said.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Rosa Haller']);
    expect(r.speakers.map((s) => s.name)).not.toContain('Central Asia');
  });

  it('takes a headline that opens with a quotation and names no speaker for a quote when the body quotes those words', () => {
    const r = extractTexts([
      { kind: 'headline', text: '‘Water must not become a weapon’: two neighbours seal summer river deal' },
      'Foreign Minister Azamat Toktosunov signed the protocol on Thursday.',
      '“Water must not become a weapon in our region,” Toktosunov told reporters.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['headline', 'Azamat Toktosunov'], ['direct', 'Azamat Toktosunov']]);
  });
  it('takes no statement from the words after "“…,” said X, an economist at …"', () => {
    const r = extractTexts(['The National Bank raised its base rate.', '“The bank has decided that credibility matters more than growth,” said Dmitri Lapin, an economist at Commerzbank in Frankfurt.']);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Dmitri Lapin']]);
  });

  it('gives the words to the name a role is set off after ("X, the bank’s governor, said:", "X, a spokeswoman for the company, said")', () => {
    const r = extractTexts([
      'The Ministry of Energy said tariffs would stay capped.',
      'Speaking in Astana, Galymzhan Abenov, the bank’s governor, said: “We would rather act early.” The governor added that reserves had been sold.',
      '“Halden has invested more than $1.2 billion in the plant,” Miriam Castell, a spokeswoman for the company, said in an emailed statement.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ministry of Energy', 'Galymzhan Abenov', 'Galymzhan Abenov', 'Miriam Castell']);
  });

  it('reads "X, Kazakhstan’s minister of energy," as X\'s role, so "the minister added" is X, not a minister named later', () => {
    const r = extractTexts([
      '“We will not let people freeze,” Nurlan Tokhtarov, Kazakhstan’s minister of energy, said. The export ban, the minister added, would remain in place until March.',
      'Uzbekistan’s energy minister, Jasur Karimov, traveled to Astana last week.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Nurlan Tokhtarov', 'Nurlan Tokhtarov']);
  });

  it('reads a long cue clause after a quotation up to the comma after its verb ("said a senior official …, who spoke on condition of anonymity because …")', () => {
    const r = extractTexts(['“Everybody in the government knows the tariff is too low,” said a senior official in the prime minister’s office, who spoke on condition of anonymity because he was not authorized to discuss internal deliberations.']);
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Everybody in the government knows the tariff is too low']]);
  });

  it('gives "“…,” said one mother." to no earlier speaker, and to the one the next paragraph opens with', () => {
    const r = extractTexts([
      'Education department head Saule Zhumabayeva said the school was 68% complete.',
      '“My son comes home after dark every day,” said one mother.',
      'Irina Litvinenko leads the parents’ group. She said parents had collected 1,500 signatures.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Saule Zhumabayeva', 'Irina Litvinenko', 'Irina Litvinenko']);
  });
  it('gives a role set off before a name to that person ("The Dutch prime minister, X, …" among two prime ministers)', () => {
    const r = extractTexts([
      '“We cannot ask Poland to pay for it alone,” said the Polish prime minister, Tomasz Wierzbicki.',
      'The Dutch prime minister, Maarten Dekkers, has just arrived. “There will be no new common borrowing,” he told reporters.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Tomasz Wierzbicki', 'Maarten Dekkers']);
  });

  it('gives a quotation standing alone to the one named after "That was …" or "The warning came from …"', () => {
    const r = extractTexts([
      'Council leader Angela Brierley said the budget was balanced.',
      '“These cuts will hit the vulnerable hardest.”',
      'The warning came from Dave Kershaw, branch secretary of the local union.',
      '“Solidarity is not a slogan you only use when it suits you.”',
      'That was the Polish prime minister, Tomasz Wierzbicki, speaking to reporters.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Angela Brierley', 'Dave Kershaw', 'Tomasz Wierzbicki']);
  });

  it('reads "the Kremlin said in a readout that …" as the Kremlin\'s, and keeps "Kremlin spokesman" as a role', () => {
    const r = extractTexts(['The Kremlin said in a readout that the two leaders had discussed the pipeline. Kremlin spokesman Pavel Gromov said talks would continue.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Kremlin', 'Pavel Gromov']);
    expect(r.speakers.find((s) => s.name === 'Pavel Gromov')?.role).toBe('Kremlin spokesman');
  });

  it('tells "the council leader" from a group leader by the word before the role', () => {
    const r = extractTexts([
      'Council leader Angela Brierley said the budget was balanced.',
      'Liberal Democrat group leader Tom Hartigan said the savings were there.',
      '“Those savings have already been counted in this budget,” the council leader replied.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Angela Brierley', 'Tom Hartigan', 'Angela Brierley']);
  });

  it('carries a quotation split by its cue over into the next paragraph that opens with a quotation mark (the English way)', () => {
    const r = extractTexts([
      '"Nobody came into local politics to close libraries," Angela Brierley told reporters. "But we have a legal duty to set a balanced budget.',
      '"Every pound we protect for adult social care has to come from somewhere."',
    ]);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker).toBe('Angela Brierley');
    expect(r.quotes[0]!.text).toContain('Every pound we protect');
  });
  it('takes no statement from a correction note ("An earlier version … misquoted X as saying that …")', () => {
    const r = extractTexts(['Commission chair Almazbek Toktorov said turnout was above 60 percent.', 'An earlier version of this story misquoted Almazbek Toktorov, the commission chair, as saying that turnout was above 70 percent.']);
    expect(r.quotes.map((q) => q.text)).toEqual(['turnout was above 60 percent']);
  });
  it('reads a few capitalised words in quotation marks as a title, and "X, a fellow at … whose book “…” came out, told Playbook the …" as X\'s', () => {
    const r = extractTexts(['Priya Raman, a senior fellow at the Eurasia Policy Institute whose book “The Steppe Dividend” came out this spring, told Playbook the bigger problem is processing, not mining.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Priya Raman', 'the bigger problem is processing, not mining']]);
  });

  it('gives a quotation after "X, a spokesperson, fired back in a statement to Playbook:" to X', () => {
    const r = extractTexts(['WHITE HOUSE PUSHBACK — Devin Okafor, a White House spokesperson, fired back in a statement to Playbook: “The president isn’t going to wait for Congress to notice.”']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Devin Okafor']);
  });
  it('reads a radio transcript with labels in capitals: each named voice speaks for itself, the host\'s and reporter\'s narration is nobody\'s words but reports others', () => {
    const r = extractTexts([
      'MARA LINDQVIST, HOST: Kazakhstan has banned wheat exports for six months.',
      'ZHANNA ORLOVA, BYLINE: Wheat farmer Bolat Seitkali drives his tractor past four full silos.',
      'BOLAT SEITKALI: We lost half the harvest to the drought. Who will buy the rest?',
      'ASKAR ZHUMABEKOV: Our first duty is to the people of Kazakhstan.',
      'ORLOVA: That’s Agriculture Minister Askar Zhumabekov speaking in parliament. He told lawmakers that the state would buy 2 million tons of wheat.',
      'LINDQVIST: Zhanna, is there any sign the government might back down?',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 20)])).toEqual([
      ['Bolat Seitkali', 'We lost half the har'],
      ['Askar Zhumabekov', 'Our first duty is to'],
      ['Askar Zhumabekov', 'the state would buy '],
    ]);
  });

  it('reads "…, and the government responded with a ban" as no attribution', () => {
    const r = extractTexts(['This year a drought hit those fields hard, and the government responded with a six-month ban on wheat exports.']);
    expect(r.quotes).toEqual([]);
  });

  it('gives "X, a manager at Almaty-based Y, which oversees $900 million, said: “…”" to X', () => {
    const r = extractTexts(['Saule Kemelbekova, a portfolio manager at Almaty-based Altyn Orda Asset Management, which oversees about $900 million, said: “At the top of the range you are paying for growth that is still on paper.”']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Saule Kemelbekova']);
  });
});

describe('English pronouns and gender', () => {
  it('gives "she said" to the woman named before, not to the man named last', () => {
    const r = extractTexts([
      'Senator Maria Delgado has pushed the water bill through two committees since January.',
      'Senator Robert Haines, who chairs the finance committee, voted against it on Tuesday.',
      '“This bill will cost the state $40 million a year and nobody has said where that money comes from,” she said.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Maria Delgado']);
  });

  it('tells a woman by her title or role word, and a Kazakh surname by its ending', () => {
    const r = extractTexts([
      'Ms. Okafor, the agency’s director, presented the report on Monday. Deputy Minister Askar Temirov attended.',
      '“We found 312 unlicensed wells in the basin,” she said.',
      'Aliya Nurlanova, a farmer from the district, and Daniyar Seitov, the district akim, toured the canal.',
      'The canal loses a third of its water before it reaches the fields, he said.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Okafor', 'Daniyar Seitov']);
  });

  it('gives "She said that" to the woman who spoke last, not to a capitalised term named in between', () => {
    const r = extractTexts([
      'Treasurer Janet Whitcombe set out the city budget on Tuesday.',
      '"We have balanced the books without closing a single library," she told the council.',
      'Council Tax and Parking Permit charges had already been due to rise in April. The rise means that most households will pay more.',
      'She said that the city would spend an extra £12m on road repairs next year.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Janet Whitcombe'],
      ['indirect', 'Janet Whitcombe'],
    ]);
  });
});

describe('English unnamed speakers', () => {
  it('gives no one the words "said a 31-year-old nurse, who asked that her name not be used"', () => {
    const r = extractTexts([
      'Voters queued from early morning. “The roads got fixed,” said Aida Temirbekova, a local councillor.',
      '“My director told us to come before 10 a.m. and show him the ink on our fingers,” said a 31-year-old nurse, who asked that her name not be used for fear of losing her job.',
      'Temirbekova said the council would publish the turnout figures for every polling station within a week.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Aida Temirbekova', null, 'Aida Temirbekova']);
  });
});

describe('English bodies under one noun', () => {
  it('keeps "the National Bank of Kyzylstan" and "the Asian Development Bank" apart, and names each in full', () => {
    const r = extractTexts([
      '"Inflationary pressures remain elevated," the National Bank of Kyzylstan said in a statement.',
      'The government agreed to raise tariffs as a condition of a $600 million loan from the Asian Development Bank.',
      'The National Bank said annual inflation slowed to 9.8% in February.',
      'The Finance Ministry said it would publish the new tax rules before January 1. The Interior Ministry said that visas would be issued within ten days.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['National Bank of Kyzylstan', 'National Bank of Kyzylstan', 'Finance Ministry', 'Interior Ministry']);
  });
});

describe('the page\'s own outlet', () => {
  it('takes "Earlier, The Steppe Dispatch reported that …" on The Steppe Dispatch\'s own page for no statement', () => {
    const paragraphs = [
      'The Senate adopted the water metering law on Thursday. Senator Dana Ermekova said that farmers would get meters free of charge.',
      'Earlier, The Steppe Dispatch reported that the government plans to build 20 new reservoirs by 2030.',
      'The meeting lasted several hours and other items on the agenda were also discussed there. '.repeat(4).trim(),
    ];
    const own = snapshotOf(paragraphs);
    const r = extractStatements({ ...own, meta: { ...own.meta, siteName: 'The Steppe Dispatch' } });
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Dana Ermekova']);
    // On another outlet's page the same words report what The Steppe Dispatch found.
    expect(extractStatements(snapshotOf(paragraphs)).quotes.map((q) => q.speaker)).toEqual(['Dana Ermekova', 'The Steppe Dispatch']);
  });
});

describe('English headlines', () => {
  it('gives "Ministry unveils water tariffs: ‘…’" to the one who says those words in the body, not to the ministry', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Ministry unveils new water tariffs: ‘Farmers will pay only for the water they receive’' },
      'The Ministry of Water Resources presented the new tariffs to senators on Thursday.',
      'Vice Minister Dauren Kenzhebekov said: “Farmers will pay only for the water they receive. By 2028 we plan to install 9,500 meters on the main canals.”',
    ]);
    expect(r.quotes.find((q) => q.kind === 'headline')?.speaker).toBe('Dauren Kenzhebekov');
  });
});

describe('English spokespeople', () => {
  it('gives "a ministry spokesperson said" and "said a senior official in the prime minister’s office" to no named person', () => {
    const r = extractTexts([
      'Housing minister Rebecca Thornley said she would stay in post.',
      'Downing Street moved quickly. “The prime minister has full confidence in the plan,” a ministry spokesperson said.',
      '“Everybody in the government knows the tariff is too low,” said a senior official in the prime minister’s office.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Rebecca Thornley', 'spokesperson', 'official']);
  });

  it('names the body in "a spokesperson for the Treasury said"', () => {
    const r = extractTexts(['“We will publish the figures next week,” a spokesperson for the Treasury said.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['spokesperson for the Treasury']);
  });
});

describe('English subjects with a relative clause', () => {
  it('gives "X, who … sits on the council of the Uluu Jol party, called the ban “…”" to X', () => {
    const r = extractTexts(['Not everyone is convinced. Nurlan Tokoyev, who served as agriculture minister in 2019-2020 and now sits on the political council of the opposition Uluu Jol party, called the export ban “a gift to smugglers and a blow to farmers.”']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Nurlan Tokoyev']);
  });
});

describe('English cues and sources', () => {
  it('takes the answer\'s verb, not "Asked", for the cue of "Asked about the talks, Company Chief Executive X said: “…”"', () => {
    const r = extractTexts(['Asked about the talks on the sidelines of a mining conference on Tuesday, Saryarka Copper Chief Executive Marat Zhunusov said: “We have had conversations with several strategic investors. Nothing has been signed.”']);
    expect(r.quotes.map((q) => [q.speaker, q.cue])).toEqual([['Marat Zhunusov', 'said']]);
  });

  it('reads "…, two of the people said" as the sources\' words, no one named', () => {
    const r = extractTexts(['Kazakhstan is in talks to sell a stake in the smelter, according to three people familiar with the matter. A deal could be signed as early as the first quarter of 2027, two of the people said.']);
    expect(r.quotes.map((q) => [q.kind, q.text])).toContainEqual(['indirect', 'A deal could be signed as early as the first quarter of 2027']);
  });
});

describe('English companies named without a body noun', () => {
  it('takes "X said it had …" for a body, so "the company said" and "the utility told regulators that" are X\'s', () => {
    const r = extractTexts([
      'Governor Lauren Whitcomb said she had asked the White House for a federal emergency declaration.',
      'In a statement, Cascade Pacific Power said it had de-energized lines serving about 9,000 customers.',
      '“We are cooperating fully with investigators,” the company said.',
      'On Monday, the utility told state regulators that it did not plan to shut off power this week.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Lauren Whitcomb', 'Cascade Pacific Power', 'Cascade Pacific Power', 'Cascade Pacific Power']);
  });

  it('takes no headline statement from "…, as governor declares emergency", but one from "…, says central bank deputy chair"', () => {
    const act = extractTexts([{ kind: 'headline', text: 'Wind-driven wildfire forces thousands to flee near Bend, as governor declares emergency' }, 'Governor Lauren Whitcomb declared a state of emergency on Tuesday.']);
    expect(act.quotes.filter((q) => q.kind === 'headline')).toEqual([]);
    const said = extractTexts([{ kind: 'headline', text: 'Digital tenge to be used for all budget payments from 2027, says central bank deputy chair' }, 'Deputy chair Binur Zhalenov spoke at a briefing.']);
    expect(said.quotes.filter((q) => q.kind === 'headline').map((q) => q.text)).toEqual(['Digital tenge to be used for all budget payments from 2027']);
  });
});

describe('English records as sources', () => {
  it('takes "according to court documents" and "according to meeting minutes" for no one\'s statement, and "according to ministry data" for the ministry\'s', () => {
    const r = extractTexts([
      'Dorsett certified 112 weld inspections that he never performed, according to court documents.',
      'Whitlock first raised the idea of closing a building at a November work session, according to meeting minutes.',
      'The Ministry of Healthcare published new figures on Monday. Most new infections were recorded in Shymkent, according to ministry data.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 20)])).toEqual([['Ministry of Healthcare', 'Most new infections ']]);
  });
});

describe('English local officials', () => {
  it('knows a superintendent and a sheriff by their titles', () => {
    const r = extractTexts([
      'Superintendent Karen Whitlock said closing the building would save the district about $1.4 million a year.',
      'The superintendent added that no decision had been made about the future of the building.',
      'Sheriff Dale Hruska said deputies had evacuated 40 homes.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Karen Whitlock', 'Karen Whitlock', 'Dale Hruska']);
  });
});

describe('English: both sides', () => {
  it('reads "…, the two sides said in a joint statement" as a statement of both, no one person', () => {
    const r = extractTexts(['Kazakhstan and Azerbaijan will seek to double the volume of cargo shipped across the Caspian Sea by 2028, the two sides said in a joint statement on Thursday.']);
    expect(r.quotes.map((q) => [q.kind, q.text.slice(0, 30)])).toEqual([['indirect', 'Kazakhstan and Azerbaijan will']]);
  });
});

describe('English AP titles and long appositions', () => {
  it('reads "Gov. Ellen Marsh" and "Sen. X" as roles, and a cue past a long phrase set off after the name', () => {
    const r = extractTexts([
      'TOPEKA, Kan. (AP) — Democratic Gov. Ellen Marsh on Friday vetoed the $24.3 billion state budget.',
      '“I’m not going to balance the books on the backs of our schools,” the governor added.',
      '“We agree on 95% of this budget,” state Rep. Nadia Farouk, the top Democrat on the House Appropriations Committee, told The Associated Press. “The tax piece is the only thing holding it up.”',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ellen Marsh', 'Nadia Farouk']);
  });
});

describe('English clauses without "that"', () => {
  it('reads "says there is no single number that should trigger a closure" whole: "that" inside the clause is a relative pronoun', () => {
    const r = extractTexts(["Oregon's state health officer, Dr. Renata Iversen, says there is no single number that should trigger a closure."]);
    expect(r.quotes.map((q) => q.text)).toEqual(['there is no single number that should trigger a closure']);
  });
});

describe('English naming and reckoning', () => {
  it('gives "He calls the transfers “a bridge, not a habit”" to the one "he" is, and reads "X reckons that …"', () => {
    const r = extractTexts([
      'The finance minister, Daniyar Seitkali, argues that the withdrawals are a one-off. He calls the transfers “a bridge, not a habit”.',
      'Rustam Ibragimov, an economist at Steppe Capital, reckons that at the current pace the fund will drop below its floor by 2029.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.cue])).toEqual([['Daniyar Seitkali', 'argues'], ['Daniyar Seitkali', 'calls'], ['Rustam Ibragimov', 'reckons']]);
  });
});

describe('English acronym sources', () => {
  it('names "According to the IMF, …" the IMF\'s', () => {
    const r = extractTexts(['According to the IMF, the non-oil deficit has hovered around 7% of GDP for most of the past decade.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['IMF']);
  });
});

describe('English: a role\'s capitalised field, and roles of companies and embassies', () => {
  it('reads "Uzbek Water Resources Minister X was blunt: “…”" as the minister\'s words, not a body\'s named "Uzbek Water"', () => {
    const r = extractTexts(['Uzbek Water Resources Minister Shavkat Khamraev was blunt: “We cannot plant cotton on promises. We need the water in May, not in July.”']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Shavkat Khamraev']);
    expect(r.speakers.map((s) => [s.name, s.role])).toEqual([['Shavkat Khamraev', 'Uzbek Water Resources Minister']]);
  });

  it('does not take a sentence\'s opening "That’s" into the role\'s field', () => {
    const r = extractTexts(['That’s Health Minister Aigul Sarsenova speaking in parliament on Tuesday. She said that 40 new clinics would open in rural districts by December.']);
    expect(r.speakers.map((s) => [s.name, s.role])).toEqual([['Aigul Sarsenova', 'Health Minister']]);
  });

  it('gives a headline\'s "Kazakh Rail chief says …" to the chief executive the body names, not to the chief financial officer', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Kazakh Rail chief says freight rates will rise by 8% next year' },
      '“Our locomotives are older than most of our drivers,” said Daniyar Aliyev, chief executive of Kazakh Rail, at a briefing in Astana on Monday.',
      'Aigerim Bekova, chief financial officer, said the company would borrow $400 million to renew its fleet.',
    ]);
    expect(r.quotes.find((q) => q.kind === 'headline')?.speaker).toBe('Daniyar Aliyev');
    expect(r.speakers.find((s) => s.name === 'Aigerim Bekova')?.role).toBe('chief financial officer');
  });

  it('takes an ambassador "to" a country for the role of the name after it', () => {
    const r = extractTexts(['German Ambassador to Kazakhstan Martin Keller, who opened the trade fair in Almaty, said: “German companies have invested more than $5 billion here over ten years.”']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Martin Keller']);
  });

  it('reads nothing into "told This Week in Asia": an outlet\'s name to the sentence\'s end is the listener, with no clause', () => {
    const r = extractTexts(['“The money is modest next to what China spends, but it comes with fewer strings,” Dana Akhmetova, a fellow at the Steppe Institute, told This Week in Asia.']);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Dana Akhmetova']]);
  });
});

describe('English: people and terms in a sentence\'s quotation marks', () => {
  it('gives "…," said resident Maria to Maria, a first name alone after the words that describe her', () => {
    const r = extractTexts(['"The bus never came this week, and the clinic is six kilometers away," said resident Maria.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Maria']);
  });

  it('reads no statement into "what meteorologists call a “derecho”": the clause names a term', () => {
    const r = extractTexts(['The National Weather Service issued a severe thunderstorm warning for four counties at 8 p.m. The storm crossed them shortly after 9 p.m., forming what meteorologists call a “derecho,” a long line of thunderstorms with straight-line winds.']);
    expect(r.quotes).toEqual([]);
  });

  it('takes the colon of a time ("a warning … at 7:15 p.m.") for no colon that introduces anyone\'s words', () => {
    const r = extractTexts(['The regional emergency department issued a flood warning for the district at 7:15 p.m. Residents of low-lying streets were moved to two schools overnight.']);
    expect(r.quotes).toEqual([]);
  });
});


describe('English: a member of parliament called by the members\' role', () => {
  it('gives "the lawmaker said" to the deputy chairman of a Senate committee named before', () => {
    const r = extractTexts([
      'Yerlan Saparov, deputy chairman of the Senate budget committee, criticised the plan on Wednesday.',
      '“We will not vote for it in this form,” the lawmaker said.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Yerlan Saparov']);
  });
});

describe('English: names with a middle initial, workplaces in an apposition, orders', () => {
  it('reads "U.S. Attorney Margaret L. Okafor" and "Judge Caroline M. Haugland" as whole names', () => {
    const r = extractTexts([
      '“Relief programs were meant to keep paychecks flowing to working families,” said U.S. Attorney Margaret L. Okafor. “This defendant treated them as a personal bank account.”',
      'Senior U.S. District Judge Caroline M. Haugland told the defendant: “You took it because it was there.”',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Margaret L. Okafor', 'Caroline M. Haugland']);
  });

  it('keeps the subject before an apposition that names the party he co-founded ("of the unregistered X party")', () => {
    const r = extractTexts(['Opposition politician Daniyar Kemelov, a co-founder of the unregistered Adal Zhol party, said: “The canals leak because the money for repairs was stolen, not because it did not rain.”']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Daniyar Kemelov']);
  });

  it('reads no statement into an order\'s object ("ordered a 30% cut in irrigation water"), and still reads "ordered X to …"', () => {
    const r = extractTexts([
      'Authorities in Kazakhstan have ordered a 30% cut in irrigation water for farms in the southern regions.',
      'The prime minister ordered the water ministry to publish a schedule of releases by Friday.',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual(['the water ministry to publish a schedule of releases by Friday']);
  });
});

describe('English: a match report', () => {
  it('reads "he pointed to the spot" as no cue, and "pointed out that" as one', () => {
    const r = extractTexts([
      'After watching the replay on the pitchside monitor for four minutes, he pointed to the spot, and the visitors scored.',
      'The federation\'s chief referee Bolat Amanov pointed out that the rules allow the review to take as long as needed.',
    ]);
    expect(r.quotes.map((q) => [q.cue, q.speaker])).toEqual([['pointed out', 'Bolat Amanov']]);
  });

  it('gives "the goalkeeper told reporters" to the goalkeeper the report named', () => {
    const r = extractTexts([
      'Head coach Marat Baimukhanov blamed the referee, and the hosts\' goalkeeper Erzhan Sadykov was beaten from the spot in added time.',
      '“We conceded from a set piece again, and that is on us, not on the referee,” the goalkeeper told reporters in the mixed zone.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Erzhan Sadykov']);
  });
});

describe('English: "the country\'s top diplomat"', () => {
  it('gives "Kazakhstan’s top diplomat said" to the foreign minister named before', () => {
    const r = extractTexts(['Foreign Minister Askar Temirbayev spoke at a symposium in Tokyo on Monday. Kazakhstan’s top diplomat said: “Central Asia is no longer content to be a corridor that others pass through.”']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Askar Temirbayev']);
  });
});

describe('English: names with particles', () => {
  it('reads "Electricity Minister Muhannad Sabri al-Jubouri" whole, and "Jubouri" later as him', () => {
    const r = extractTexts([
      '“We are building a regional market, and Iraq will pay for every megawatt it imports,” Electricity Minister Muhannad Sabri al-Jubouri told reporters in Baghdad.',
      'Jubouri said the first phase of the link would be operational by the end of 2025.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Muhannad Sabri al-Jubouri', 'Muhannad Sabri al-Jubouri']);
  });

  it('keeps "bin" and "von der" inside a name', () => {
    const r = extractTexts([
      'Saudi Energy Minister Abdulaziz bin Salman said the kingdom would double its investment in the region.',
      '“Europe will not stand by,” said Ursula von der Leyen, the president of the European Commission.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Abdulaziz bin Salman', 'Ursula von der Leyen']);
  });
});

describe('English: a long name phrase before "said" and a long circumstance after it', () => {
  it('gives a split quote around "President Ana Ortiz of Altyn Ore Plc said during a webcast …" to her', () => {
    const r = extractTexts([
      'Miners are cutting back. “We will not dig at a loss,” Executive Vice President Ana Ortiz of Altyn Ore Plc said during a webcast with investors after the group published its annual accounts on Friday. “Prices have to recover before we hire again.”',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Ana Ortiz', 'We will not dig at a loss. Prices have to recover before we hire again.']]);
  });
});

describe('English: colleges and universities are bodies', () => {
  it('keeps "of Nursing" in "the Royal College of Nursing", and gives "the college said that" to it', () => {
    const r = extractTexts([
      'The Royal College of Nursing said the new rota was unsafe for patients.',
      'The college said that more than 4,000 nursing posts in Scotland were vacant in September.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Royal College of Nursing', 'Royal College of Nursing']);
  });
});

describe('English: a shorter wording of a role the text gave in full', () => {
  it('gives "the deputy minister added" to the Deputy Energy Minister named before, not to the minister', () => {
    const r = extractTexts([
      'Energy Minister Arman Sadykov said the new pipeline would be finished by 2027.',
      'Deputy Energy Minister Aliya Nurpeisova told reporters that tariffs would not rise this winter.',
      '“We have enough gas in storage for the coldest months,” the deputy minister added.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Arman Sadykov', 'Aliya Nurpeisova', 'Aliya Nurpeisova']);
  });
});

describe('English: a broadcast transcript with no question in it', () => {
  it('reads its soundbites as their speakers\' words, without the note "(Through interpreter)", and the narration as nobody\'s', () => {
    const r = extractTexts([
      'DAVID KIM, HOST:',
      'Cotton prices in Central Asia have fallen to a ten-year low.',
      'NADIA PRICE, BYLINE: Rustam Aliev has grown cotton near Bukhara for thirty years.',
      'RUSTAM ALIEV: (Through interpreter) Nobody wants our cotton this year. The mill pays less than the seed cost me.',
      'PRICE: In Tashkent, Deputy Agriculture Minister Dilnoza Karimova is promising help.',
      'DILNOZA KARIMOVA: The state will buy the whole harvest at the guaranteed price.',
      'PRICE: For now, the bales sit in the yard. For City Radio, I\'m Nadia Price in Bukhara.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 24)])).toEqual([
      ['Rustam Aliev', 'Nobody wants our cotton '],
      ['Dilnoza Karimova', 'The state will buy the w'],
    ]);
  });
});

describe('English: a person "of" a place, set off by an apposition before the verb', () => {
  it('gives "Sen. Mark Ellison of North Dakota, a Republican, said that …" to the senator, not to North Dakota', () => {
    const r = extractTexts(['Sen. Mark Ellison of North Dakota, a Republican, said on Monday that the bill would pass before the recess.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Mark Ellison']);
  });
});

describe('English: a place after the cue and a preposition', () => {
  it('gives "…,” the UN said in a statement issued in San Francisco" to no one rather than to San Francisco', () => {
    const r = extractTexts(['“Both governments must allow aid convoys through without delay,” the UN said in a statement issued in San Francisco on Friday.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('English: "congressman" for a "Rep."', () => {
  it('gives "The former congresswoman added that …" to the former Rep. named before', () => {
    const r = extractTexts([
      'Republican Gov. Mark Ellison won a second term on Tuesday, defeating Democratic former U.S. Rep. Laura Stanton by nine points.',
      '“The voters have made their choice, and I accept it,” Stanton said in a statement.',
      'The former congresswoman added that she would not seek office again.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Laura Stanton', 'Laura Stanton']);
  });
});

describe('English: a wire\'s dateline before a subject far from its verb', () => {
  it('gives "ASTANA, Oct 10 (Steppe Wire) - Kazakhstan\'s central bank kept …, but warned that …" to the bank, not the wire', () => {
    const r = extractTexts([
      "ASTANA, Oct 10 (Steppe Wire) - Kazakhstan's central bank kept its base rate unchanged at 16.5% on Friday, pausing after two hikes as price growth slowed, but warned that higher utility tariffs posed a risk to its outlook.",
      'The National Bank of Kazakhstan (NBK) said inflation slowed to 12.1% in September.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['National Bank of Kazakhstan (NBK)', 'National Bank of Kazakhstan (NBK)']);
  });
});

describe('English: a river that shares a speaker\'s surname', () => {
  it('gives "Tay said: …" to Moira Tay, not to the River Tay the story names first', () => {
    const r = extractTexts([
      'Flood warnings remain in place along the River Tay after a month of rain fell in two days.',
      'The leader of the opposition, Moira Tay, has responded to the first minister\'s statement.',
      'Tay said: "The government was warned about these defences two years ago and chose to do nothing."',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Moira Tay']);
    expect(r.speakers.map((s) => s.name)).toEqual(['Moira Tay']);
  });
});

describe('English: a live blog\'s title before a colon', () => {
  it('takes no headline quote from "Kent floods live: Two people missing as …"', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Kent floods live: Two people missing as river expected to peak overnight' },
      'Police in West Kent said two people were missing near Tonbridge.',
    ]);
    expect(r.quotes.map((q) => q.kind)).toEqual(['indirect']);
  });
});

describe('English: a sea\'s name before a plural noun that reads as a verb', () => {
  it('takes no statement from "… across the Aral Sea, as Central Asian states look for routes that bypass Russia"', () => {
    const r = extractTexts([
      'Kazakhstan and Uzbekistan agreed on Tuesday to double the cargo shipped across the Aral Sea by 2027, as Central Asian states look for trade routes to Europe that bypass Russia.',
    ]);
    expect(r.quotes).toEqual([]);
    expect(r.speakers).toEqual([]);
  });
});

describe('English: a verb joined by "and" to a clause with an object', () => {
  it('gives "Okafor thanked Brennan for her service and wrote: “…”" to Okafor, not to Brennan', () => {
    const r = extractTexts([
      'Transport secretary Lydia Brennan resigned on Monday, the second departure from Prime Minister James Okafor’s cabinet this month.',
      'In his reply, Okafor thanked Brennan for her service and wrote: “I regret your decision. The rail budget will not be cut in this parliament.”',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['James Okafor']);
  });
});

describe('English: a broadcaster\'s programme as the listener after "told"', () => {
  it('takes no statement from "told Sky News’ Sunday Politics programme" and skips "told LBC Radio" before the words', () => {
    const r = extractTexts([
      '“People are angry, and they have every right to be,” Anna Reid, the MP for Hull West, told Sky News’ Sunday Politics programme.',
      'Reid told LBC Radio the government had broken its promise to the county.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['direct', 'People are angry, and they have every right to be'],
      ['indirect', 'the government had broken its promise to the county'],
    ]);
  });
});

describe('English: "that" after a noun set off by a comma after the act', () => {
  it('takes no statement from "declared a state of emergency on Monday, a move that releases …"', () => {
    const r = extractTexts([
      'Gov. Daniel Ortega declared a state of emergency for three counties on Monday, a move that releases state funds and lets the National Guard help with evacuations.',
    ]);
    expect(r.quotes).toEqual([]);
  });
});

describe('English: a club\'s statement, and "a reported" fee', () => {
  it('gives "the club said: “…”" to the club, not the manager named before, and reads nothing from "for a reported £20m"', () => {
    const r = extractTexts([
      'Riverside Athletic manager Tomas Berg insisted that his captain would stay.',
      'In a statement on Friday, the club said: "Riverside has received no offers for the player and will not enter talks."',
      'Daniel Osei joined Riverside from Belgian side Royal Antwerp for a reported £20m in 2023 and has scored eleven goals this season.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'Tomas Berg'],
      ['direct', 'club'],
    ]);
  });
});

describe('English: a cue word that is a noun before a finite verb', () => {
  it('reads no statement from "the Gulf states have signed …", but keeps "which he said had risen …"', () => {
    const r = extractTexts([
      'Ministers of the six Gulf states have signed a customs pact that ends a decade of disputes over transit fees.',
      'Senator Dana Ortiz questioned the cost of the bridge, which she said had doubled to $2 billion since 2021.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([['indirect', 'Dana Ortiz', 'had doubled to $2 billion since 2021']]);
  });
});

describe('English: a possessive ends a name', () => {
  it('gives a title-case headline quote to the tenant the body quotes, not to "a Bronx Building’s Long, Cold Winter"', () => {
    const r = extractTexts([
      { kind: 'headline', text: '‘We Sleep in Our Coats’: Inside a Queens Tower’s Long, Dark Winter' },
      '“The heat has been off since October,” said Rosa Delgado, 68. “We sleep in our coats.”',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['headline', 'Rosa Delgado'],
      ['direct', 'Rosa Delgado'],
    ]);
  });

  it('names a firm without its owner ("Abu Dhabi’s Al Nahda" is Al Nahda), but keeps "Kazakhstan’s Energy Ministry" whole', () => {
    const r = extractTexts([
      'The draft gives Abu Dhabi’s Al Nahda two board seats.',
      'A spokesperson for Al Nahda said the firm does not comment on market speculation.',
      'Kazakhstan’s Energy Ministry said the country bought 2.1 billion kilowatt-hours abroad this year.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Al Nahda', 'Kazakhstan’s Energy Ministry']);
  });
});

describe('English: circumstances between the verb and a clause without "that"', () => {
  it('reads "said in a statement after a brief online meeting they would …" as the clause after the circumstances', () => {
    const r = extractTexts(['The Caspian Pipeline Consortium said in a statement after a long board meeting it would resume loadings on Friday.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Caspian Pipeline Consortium', 'it would resume loadings on Friday']]);
  });

  it('takes no month after "since" for a speaker', () => {
    const r = extractTexts(['Members of the union that has been striking since April said that wages must rise by 20%.']);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('April');
  });
});

describe('English: an act with an object, then a second act after "and"', () => {
  it('reads no statement from "declared a state of emergency in 14 counties and asked the White House for aid"', () => {
    const r = extractTexts(['Gov. Daniel Morrow declared a state of emergency in 14 counties early Wednesday and asked the White House for a federal emergency declaration.']);
    expect(r.quotes.filter((q) => q.cue === 'declared')).toEqual([]);
  });
});

describe('English: a party and state in parentheses after a senator\'s name', () => {
  it('reads the cue past "(R-Ind.)" and "(D-Ore.), the bill’s negotiator," and takes nothing from "told reporters off the floor"', () => {
    const r = extractTexts([
      '“Today we are going to prove otherwise,” Majority Leader Gavin Marsh (R-Ind.) said on the floor.',
      '“It is a bill that will actually get lines built,” Sen. Dana Whitby (D-Ore.), the bill’s lead negotiator, told reporters off the floor.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Gavin Marsh'],
      ['direct', 'Dana Whitby'],
    ]);
  });
});

describe('English: a name people have come to use', () => {
  it('takes no statement from "which critics have taken to calling a “ratepayer tax”", but keeps "Kessler called it “a ratepayer tax”"', () => {
    const r = extractTexts([
      'Opponents backed an amendment from Sen. Roy Kessler that would have stripped the cost language, which critics on the right have taken to calling a “ratepayer tax.”',
      'On Thursday Kessler called the language “a ratepayer tax dressed up as reform.”',
    ]);
    expect(r.quotes.map((q) => q.text.replace(/\.$/, ''))).toEqual(['a ratepayer tax dressed up as reform']);
  });
});

describe('English: a topic before a headline\'s colon', () => {
  it('takes no quote from "Ashcombe Meadows: Judge quashes approval for 1,200 homes", whose topic says nothing in the body', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Hollow Fields: Judge quashes approval for 900 homes' },
      'Campaign group Save Hollow Fields brought a judicial review against the district council.',
      'Judge Margaret Lowe said the planning committee had been given misleading information.',
      '"It is not for this court to decide whether these homes should be built," Judge Lowe said.',
    ]);
    expect(r.quotes.filter((q) => q.kind === 'headline')).toEqual([]);
  });
});

describe('English: "the regulator" for the body named before', () => {
  it('gives "the regulator said in a statement" to the central bank the story named', () => {
    const r = extractTexts([
      'The National Bank of Kazakhstan held the base rate at 16.5% on Friday.',
      '“Inflationary pressures remain elevated,” the regulator said in a statement.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['National Bank of Kazakhstan']);
  });
});

describe('English: a company named with its initials, and a body named inside its quotation', () => {
  it('gives "The company added that" to "Atyrau Caspian Petroleum (ACP)", not to a ministry its statement names', () => {
    const r = extractTexts([
      'Kazakhstan’s minister of ecology, Zhanar Bekova, said the Ministry of Ecology would review all permits.',
      'Atyrau Caspian Petroleum (ACP) said in a statement: “ACP carries out all dredging in line with permits issued by the Ministry of Ecology.”',
      'The company added that it had spent $14m on environmental monitoring since 2019.',
    ]);
    expect(r.quotes.map((q) => q.speaker).slice(1)).toEqual(['Atyrau Caspian Petroleum (ACP)', 'Atyrau Caspian Petroleum (ACP)']);
  });

  it('reads "Vogel and her co-authors write: “…”" as the lead author\'s words', () => {
    const r = extractTexts([
      'The study was led by Prof Katrin Vogel, a hydrologist at the University of Potsdam.',
      'In the paper, Vogel and her co-authors write: “Under a high-emissions scenario, the shelf could lose a third of its area by 2050.”',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.cue])).toEqual([['Katrin Vogel', 'write']]);
  });
});

describe('English: "Justice" before a judge\'s name', () => {
  it('gives "the judge wrote" to "Justice Helen Marlowe", who holds the role her title names', () => {
    const r = extractTexts([
      'Justice Helen Marlowe of the AIFC Court ordered the miner to pay about $48 million to investors.',
      'The Environment Agency had raised concerns about the survey.',
      '"Investors were entitled to take the prospectus at its word," the judge wrote.',
    ]);
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Helen Marlowe']);
  });

  it('reads "Mrs Justice Harrow" as a judge named Harrow, so "the judge added" is hers', () => {
    const r = extractTexts([
      'A High Court judge has ruled that a council acted unlawfully when it approved plans for 900 homes.',
      'Reading a summary of her judgment on Thursday, Mrs Justice Harlow said the committee had been misled.',
      '"The committee was told that the Environment Agency had no objection. That was not correct," she said.',
      '"It is not for this court to decide whether these homes should be built," the judge added.',
    ]);
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Harlow', 'Harlow']);
  });
});

describe('English: "The statement added that" after a body\'s statement', () => {
  it('gives the statement\'s further words to the body that issued it', () => {
    const r = extractTexts([
      'Fans threw flares onto the pitch in the 88th minute.',
      '“The club condemns the use of pyrotechnics in the strongest terms,” Ordabasy said in a statement.',
      'The statement added that two supporters had been detained by police.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Ordabasy'],
      ['indirect', 'Ordabasy'],
    ]);
  });
});

describe('English: a company named by its trade, its legal form or a describing compound', () => {
  it('gives "the company said" to the company its trade introduced ("retailer Magnum Stores")', () => {
    const r = extractTexts([
      'Grocery retailer Magnum Stores raised its annual sales forecast on Friday after a strong holiday season.',
      'The company said it expected revenue to grow by 11% this year.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Magnum Stores']]);
  });

  it('reads "the Almaty-based company" as the company named before, not as a company called "Almaty-based"', () => {
    const r = extractTexts([
      'Shares in Saryarka Gold Ltd rose 6% on Tuesday.',
      'The Almaty-based company said output at its main mine had doubled since March.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Saryarka Gold']]);
  });

  it('does not let "a state-owned company" after a preposition stand for the company the story is about', () => {
    const r = extractTexts([
      'Zhetysu Cement Inc plans to list its shares in Astana, the first listing by a state-owned company since 2019.',
      'The company said the proceeds would pay for a new kiln.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Zhetysu Cement']]);
  });

  it('reads "a fund manager" as a person, not as the fund the article names', () => {
    const r = extractTexts([
      'The National Fund holds about $60 billion in foreign assets.',
      '“The bonds look expensive to me,” said a fund manager in London who asked not to be named.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['fund manager']);
  });
});

describe('English: subjects that name no speaker', () => {
  it('reads "neither ministry expects …" as the writer\'s own statement', () => {
    const r = extractTexts(['The hearing made clear that neither ministry expects the dispute to end before the summer recess.']);
    expect(r.quotes).toEqual([]);
  });

  it('does not take a place after "at the" for the subject of "… and said that"', () => {
    const r = extractTexts([
      'Ohio Gov. Elena Marsh took the stage at her party at the Columbus Hilton and said that supporters should be patient.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Elena Marsh']]);
  });
});

describe('English: words withheld, a role as a second reference', () => {
  it('reads "will not say" and "did not say that" as words withheld, and "said that" as a statement', () => {
    const r = extractTexts([
      'Someone – the minister will not say who – has marked every leaking canal on the map.',
      'The governor did not say that the plant would close.',
      'The governor said that the plant would close next year.',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual(['the plant would close next year']);
  });

  it('gives a role opening a paragraph to the person the paragraph before opened with, when no one else holds it', () => {
    const r = extractTexts([
      'Aidos Nurlanov keeps a model of the new dam on a shelf in his office in Taraz.',
      'Kazakhstan’s minister of water resources, who took up the post last spring, said that a third of the water drawn for farming never reaches the fields.',
      'Saule Bekova, an agronomist in Shymkent, said that farmers had heard such promises before.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Aidos Nurlanov'], ['indirect', 'Saule Bekova']]);
  });
});

describe('English: a quotation whose cue opens the next line, a headline excerpt over a body\'s name', () => {
  it('hands a quotation that ends its line with a comma to the cue clause opening the next', () => {
    const r = extractTexts([
      '“Corridors like this one can close the gap between landlocked and coastal states, but only if they are green,”',
      'Maria Lindgren, the United Nations Resident Coordinator in Uzbekistan, told reporters on the sidelines of the forum.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Maria Lindgren']]);
  });

  it('gives a headline excerpt with an apostrophe to the resident who says it, not to the council the headline names', () => {
    const r = extractTexts([
      { kind: 'headline', text: '‘It’s all we have left’: Anger as council votes to shut village post office' },
      'Bramley Council voted on Tuesday to close the branch.',
      '“It’s all we have left in this village since the bank went,” said pensioner Joan Hadley, 81.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['headline', 'Joan Hadley'], ['direct', 'Joan Hadley']]);
    expect(r.quotes[0]!.variantOf).toBe(r.quotes[1]!.id);
  });
});

describe('English: a body known by "which", an owner inside an apposition', () => {
  it('reads a name that "which" follows as a body, so "the company said" is its', () => {
    const r = extractTexts([
      'Highland Council said schools in Caithness would stay closed on Friday.',
      'Most of the outages are on the network run by Northern Isles Power, which supplies homes from Orkney to Shetland.',
      'In a statement, the company said its engineers would work through the night.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Highland Council'], ['indirect', 'Northern Isles Power']]);
  });

  it('keeps the name as the subject of "X, Scotland\'s transport minister, told" when a byline names Scotland', () => {
    const r = extractTexts([
      'Caledon News Scotland',
      'Ewan Macrae, Scotland\'s transport minister, told reporters in Perth: "Please do not travel today unless your journey is essential."',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Ewan Macrae']]);
  });
});

describe('English: a two-word headline quotation', () => {
  it('is a quote when a body quotation ends or opens with those words, and is not when they stand inside one', () => {
    const body = '“We sold the cattle, then the tractor, and now there is nothing left,” said rancher Joe Halvorsen.';
    const found = extractTexts([{ kind: 'headline', text: '‘Nothing left’: Drought forces Montana ranchers to sell their herds' }, body]);
    expect(found.quotes.map((q) => [q.kind, q.speaker])).toEqual([['headline', 'Joe Halvorsen'], ['direct', 'Joe Halvorsen']]);
    const inside = extractTexts([{ kind: 'headline', text: '‘The tractor’: Drought forces Montana ranchers to sell their herds' }, body]);
    expect(inside.quotes.map((q) => q.kind)).toEqual(['direct']);
  });
});
