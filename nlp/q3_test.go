package nlp

// q3Cases are language-layer fixes for errors that made false events:
// list bullets inside a line, the subjunctive after verbs of demand,
// currency words before an amount, the possessor as the subject of an
// intent noun's infinitive, and the subject after a relative aside. All
// sentences are our own.
var q3Cases = []specCase{
	// A bullet joins a letter's sign-off to the next letter.
	{text: "Anne Roe Hull • Ankara says it will cross the border soon.", checks: `
		sents Anne Roe Hull | • Ankara says it will cross the border soon.
		subj says = Ankara`},
	{text: "Exports rose 4% ▪ Imports fell sharply.", checks: `
		sents Exports rose 4% | ▪ Imports fell sharply.`},
	// The subjunctive after a verb or noun of demand is a base form.
	{text: "Ankara demanded that Washington withdraw its troops from the border.", checks: `
		tag withdraw VB
		subj withdraw = Washington
		obj withdraw = its troops`},
	{text: "The ministers insisted that Tehran halt its missile tests.", checks: `
		tag halt VB
		subj halt = Tehran`},
	{text: "Britain proposed that the council impose sanctions on the junta.", checks: `
		tag impose VB
		subj impose = the council`},
	{text: "The opposition asked that the president resign.", checks: `
		tag resign VB
		subj resign = the president`},
	{text: "Ankara rejected his insistence that Turkey not attack the militia.", checks: `
		tag attack VB`},
	{text: "The union issued a statement demanding that the ministry publish the figures.", checks: `
		tag publish VB
		relative demanding
		subj publish = the ministry`},
	{text: "She insisted that the plan was sound.", checks: `
		tag was VBD`},
	// A currency word before its amount is a noun.
	{text: "The allowance will rise to pounds 70 a week and pounds 95 for a couple.", checks: `
		tag pounds NNS`},
	{text: "Lagos has borrowed dollars 3bn from the bank.", checks: `
		tag dollars NNS`},
	{text: "Israel pounds 30 targets in Gaza.", checks: `
		tag pounds VBZ`},
	// The possessor of an intent noun is the subject of its infinitive.
	{text: "The Gulf rulers have welcomed Trump's move to reimpose sanctions on Iran.", checks: `
		subj reimpose = Trump`},
	{text: "Kenya's plan to deploy police officers angered the opposition.", checks: `
		subj deploy = Kenya`},
	{text: "The rebels asked the UN to send observers.", checks: `
		subj send = the UN`},
	// After "X, which ..., <participle> ... NP," the finite verb's
	// subject is X, not the NP of the participle clause.
	{text: "Moscow, which had allowed Ankara to fly over the region, permitting the use of the airspace by Turkish jets, blamed Washington for the raid.", checks: `
		subj blamed = Moscow`},
	{text: "Cairo, which hosted the summit, condemned the attack.", checks: `
		subj condemned = Cairo`},
	// A colon after a begun complement or a content object ends the
	// report; one right after the verb or its hearer opens it.
	{text: "Moscow has claimed victory over the rebels: the boast does little to hide the fact that its troops focused on shelling the opposition.", checks: `
		noparent focused
		subj shelling = its troops`},
	{text: "The envoy said the talks had failed: the rebels stormed the town the next day.", checks: `
		parent failed = said
		noparent stormed`},
	{text: "He told reporters: the army will storm the town.", checks: `
		parent storm = told`},
	{text: "The ministry said on Monday: the army will storm the town.", checks: `
		parent storm = said`},
	{text: "He added this warning: the army will storm the town.", checks: `
		parent storm = added`},
	{text: "The envoy said the talks had failed: “the rebels will storm the town”.", checks: `
		parent storm = said`},
	// A gerund after "since" has the subject of the clause before.
	{text: "Ankara has threatened to push deeper into Iraq since sending Turkish troops into Sinjar.", checks: `
		subj sending = Ankara
		obj sending = Turkish troops
		noparent sending`},
}
