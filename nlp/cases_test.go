package nlp

// Hand-written cases for the structure tests (see spec_test.go for the
// check language). All sentences are our own.

var sentenceCases = []specCase{
	{text: "Dr. Smith met Gen. Jones in Feb. 2021. They talked.", checks: `
		sents Dr. Smith met Gen. Jones in Feb. 2021. | They talked.`},
	{text: "The U.S. military said it struck the base. Officials confirmed it.", checks: `
		sents The U.S. military said it struck the base. | Officials confirmed it.`},
	{text: "Troops arrived from the U.S. The war went on.", checks: `
		sents Troops arrived from the U.S. | The war went on.`},
	{text: "J. R. Harper leads the party. He won.", checks: `
		sents J. R. Harper leads the party. | He won.`},
	{text: "Inflation rose 3.5 percent in March. Prices fell.", checks: `
		sents Inflation rose 3.5 percent in March. | Prices fell.`},
	{text: "\"We will fight,\" he said. \"We will win.\"", checks: `
		sents "We will fight," he said. | "We will win."`},
	{text: "The ministers (all of them.) left early. Nobody stayed.", checks: `
		sents The ministers (all of them.) left early. | Nobody stayed.`},
	{text: "Rebels seize town\n\nRebels seized the town on Monday.", checks: `
		sents Rebels seize town | Rebels seized the town on Monday.
		headline 0
		notheadline 1`},
	{text: "They returned to their homeland.Syrian officials welcomed them.", checks: `
		sents They returned to their homeland. | Syrian officials welcomed them.`},
	{text: "Rebels seize key town\nRebels seized the town of Homs on Monday after heavy fighting with the army.", checks: `
		sents Rebels seize key town | Rebels seized the town of Homs on Monday after heavy fighting with the army.
		headline 0`},
	{text: "The talks, which lasted three days and were held in\nGeneva, ended without a deal.", checks: `
		nsents 1`},
	{text: "First paragraph ends here\n\nSecond paragraph starts here.", checks: `
		sents First paragraph ends here | Second paragraph starts here.`},
	{text: "Is it over? No, it is not! The talks go on.", checks: `
		sents Is it over? | No, it is not! | The talks go on.`},
	{text: "He said “enough is enough.” Then he left.", checks: `
		sents He said “enough is enough.” | Then he left.`},
	{text: "Talks end… Leaders leave", checks: `
		sents Talks end… | Leaders leave
		headline 0
		headline 1`},
	{text: "The company, Acme Inc., denied it. Shares fell.", checks: `
		sents The company, Acme Inc., denied it. | Shares fell.`},
	{text: "Mr. and Mrs. Brown arrived at 5 p.m. on Friday.", checks: `
		sents Mr. and Mrs. Brown arrived at 5 p.m. on Friday.`},
	{text: "The vote is due e.g. next week. It may slip.", checks: `
		sents The vote is due e.g. next week. | It may slip.`},
	{text: "Iran didn't attack. They won't say.", checks: `
		toks Iran did n't attack .
		sents Iran didn't attack. | They won't say.`},
	{text: "Syria's army and the rebels' leaders met.", checks: `
		toks Syria 's army and the rebels ' leaders met .
		tag ' POS`},
	{text: "Costs hit $5,000 (about 4%).", checks: `
		toks Costs hit $ 5,000 ( about 4 % ) .`},
	{text: "Visit www.example.org/news, or mail info@example.org.", checks: `
		toks Visit www.example.org/news , or mail info@example.org .`},
	{text: "The ceasefire — agreed on Friday — held.", checks: `
		toks The ceasefire — agreed on Friday — held .`},
	{text: "The well-known four-way talks resumed.", checks: `
		toks The well-known four-way talks resumed .`},
}

var entityCases = []specCase{
	{text: "Foreign Minister Faisal Al-Miqdad arrived in Tehran.", checks: `
		ent PERSON Faisal Al-Miqdad
		ent PLACE Tehran
		noent Foreign Minister Faisal Al-Miqdad`},
	{text: "Russian Deputy Foreign Minister Mikhail Bogdanov met Syrian officials.", checks: `
		ent NORP Russian
		ent PERSON Mikhail Bogdanov
		ent NORP Syrian`},
	{text: "The Iranian News Agency reported the visit.", checks: `
		ent ORG Iranian News Agency`},
	{text: "NATO and the European Union condemned the attack.", checks: `
		ent ORG NATO
		ent ORG European Union`},
	{text: "Iranians and Syrians protested in Damascus.", checks: `
		ent NORP Iranians
		ent NORP Syrians
		ent PLACE Damascus`},
	{text: "The United States and Saudi Arabia signed a deal.", checks: `
		ent PLACE United States
		ent PLACE Saudi Arabia`},
	{text: "President Erdogan spoke in Ankara. Erdogan said Turkey would act.", checks: `
		ent PERSON Erdogan
		ent PLACE Ankara
		ent PLACE Turkey`},
	{text: "The Ministry of Foreign Affairs issued a statement.", checks: `
		ent ORG Ministry of Foreign Affairs`},
	{text: "Spokesman Ibrahim Kalin said Kalin would travel.", checks: `
		ent PERSON Ibrahim Kalin`},
	{text: "Heavy rain hit Aleppo on Monday.", checks: `
		ent PLACE Aleppo
		ent DATE Monday
		noent Heavy`},
	{text: "The UN Security Council met in New York.", checks: `
		ent ORG UN Security Council
		ent PLACE New York`},
	{text: "Turkish troops crossed into Iraq.", checks: `
		ent NORP Turkish
		ent PLACE Iraq`},
	{text: "The talks ended on March 3, 2023 in Geneva.", checks: `
		ent DATE March 3, 2023
		ent PLACE Geneva`},
	{text: "General Motors cut jobs.", checks: `
		noent General`},
	{text: "Hezbollah fighters clashed with the Israeli army.", checks: `
		ent NORP Israeli`},
	{text: "Kurdish forces and the Syrian Democratic Forces held the town.", checks: `
		ent NORP Kurdish
		ent ORG Syrian Democratic Forces`},
	{text: "Prime Minister Rishi Sunak visited Kyiv.", checks: `
		ent PERSON Rishi Sunak
		ent PLACE Kyiv`},
	{text: "Egypt's President Abdel Fattah al-Sisi received the envoy.", checks: `
		ent PLACE Egypt
		ent PERSON Abdel Fattah al-Sisi`},
	{text: "The Red Cross sent aid to Gaza.", checks: `
		ent PLACE Gaza`},
	{text: "Iraqi officials said Sunni and Kurdish leaders met Shiite clerics.", checks: `
		tag Iraqi JJ
		ent NORP Iraqi
		ent NORP Sunni
		ent NORP Kurdish
		ent NORP Shiite`},
	{text: "Chinese and Japanese diplomats met in Beijing.", checks: `
		ent NORP Chinese
		ent NORP Japanese
		ent PLACE Beijing`},
}

var phraseCases = []specCase{
	{text: "Faisal Al-Miqdad, the Minister of Foreign Affairs and Expatriates, arrived.", checks: `
		appos Faisal Al-Miqdad => the Minister
		subj arrived = Faisal Al-Miqdad, the Minister of Foreign Affairs and Expatriates`},
	{text: "Syria's foreign minister met his Iranian counterpart.", checks: `
		poss foreign minister <= Syria
		subj met = Syria's foreign minister
		obj met = his Iranian counterpart`},
	{text: "Syria, Russia, Iran and Turkey will attend.", checks: `
		conj Syria | Russia | Iran | Turkey
		subj attend = Syria, Russia, Iran and Turkey`},
	{text: "Al-Miqdad and Abdullahian discussed the crisis.", checks: `
		conj Al-Miqdad | Abdullahian
		subj discussed = Al-Miqdad and Abdullahian
		obj discussed = the crisis`},
	{text: "The convoy was attacked by gunmen near Homs.", checks: `
		passive attacked
		subj attacked = gunmen
		obj attacked = The convoy
		surf attacked = The convoy
		prep attacked near = Homs`},
	{text: "The envoy, a veteran diplomat, met Hussein Amir Abdullahian, Iran's foreign minister.", checks: `
		appos The envoy => a veteran diplomat
		appos Hussein Amir Abdullahian => foreign minister`},
	{text: "The army's commander and the police chief resigned.", checks: `
		poss commander <= The army
		conj commander | the police chief`},
	{text: "Iran's envoy and Russia's ambassador met.", checks: `
		poss envoy <= Iran
		poss ambassador <= Russia
		conj envoy | ambassador`},
	{text: "The most important developments were discussed.", checks: `
		chunk NP The most important developments`},
	{text: "The regional and international developments were discussed.", checks: `
		chunk NP The regional and international developments`},
	{text: "Police arrested three men.", checks: `
		chunk NP three men
		chunk VG arrested`},
	{text: "The rebels have been pushed out of the city.", checks: `
		chunk VG have been pushed out
		passive pushed
		obj pushed = The rebels`},
	{text: "The ministers of Syria, Russia, Iran and Turkey met.", checks: `
		subj met = The ministers of Syria, Russia, Iran and Turkey
		conj Syria | Russia | Iran | Turkey`},
	{text: "The plan was rejected.", checks: `
		passive rejected
		nosubj rejected
		obj rejected = The plan`},
	{text: "The bridge was destroyed in an air strike.", checks: `
		passive destroyed
		nosubj destroyed
		prep destroyed in = an air strike`},
	{text: "The statement issued by Ankara welcomed the talks.", checks: `
		passive issued
		subj issued = Ankara`},
	{text: "Iran and Russia, two key allies of Syria, met in Astana.", checks: `
		conj Iran | Russia
		subj met = Iran and Russia, two key allies of Syria`},
	{text: "The army and the police, the two main security forces, left the town.", checks: `
		appos The army => the two main security forces
		subj left = The army and the police, the two main security forces`},
	{text: "The army and the police, the two main security forces, withdrew.", checks: `
		tag withdrew VBD
		subj withdrew = The army and the police, the two main security forces`},
	{text: "The Fed's decision to raise rates - the sixth such move in a year - has opened a gap with Europe.", checks: `
		subj opened = The Fed's decision`},
	{text: "Late last year, the firm Doubleclick, one of the leading providers of advertising, warned of losses.", checks: `
		appos the firm Doubleclick => one
		subj warned = the firm Doubleclick, one of the leading providers of advertising`},
	{text: "Indonesia's government, led by President Megawati, also attempted to cut subsidies but was forced to back down.", checks: `
		subj attempted = Indonesia's government
		surf forced = Indonesia's government`},
	{text: "The demand for damages (about $5bn) - filed by the government in 1999 - was rejected.", checks: `
		surf rejected = The demand for damages`},
	{text: "“That means there is no deal,” he said.", checks: `
		subj means = That`},
	{text: "Vivendi rejected the charge, saying the decision to buy the shares was legal.", checks: `
		noobj saying
		parent was = saying`},
	{text: "The delegations of France and Germany arrived.", checks: `
		conj France | Germany`},
	{text: "China, India, and Brazil abstained.", checks: `
		conj China | India | Brazil
		subj abstained = China, India, and Brazil`},
	{text: "The president's spokesman denied the report.", checks: `
		poss spokesman <= The president
		subj denied = The president's spokesman`},
	{text: "Forces loyal to the government were accused of the killing by activists.", checks: `
		passive accused`},
	{text: "The town was retaken by the army and its allies.", checks: `
		subj retaken = the army and its allies`},
	{text: "Ankara and Damascus have restored ties.", checks: `
		subj restored = Ankara and Damascus
		obj restored = ties
		tense restored = past`},
}

var clauseCases = []specCase{
	{text: "The phone call that took place yesterday between the Minister of Foreign Affairs and Expatriates, Faisal Al-Miqdad, and his Iranian counterpart, Hussein Amir Abdullahian, was useful.", checks: `
		lemmaof took = take
		relative took
		subj took = The phone call
		prep took between = the Minister of Foreign Affairs and Expatriates, Faisal Al-Miqdad, and his Iranian counterpart, Hussein Amir Abdullahian`},
	{text: "The minister said that Iran would attend the meeting.", checks: `
		reporting said
		subj said = The minister
		parent attend = said
		subj attend = Iran
		obj attend = the meeting
		modal attend = would`},
	{text: "Iran plans to hold talks with Turkey.", checks: `
		parent hold = plans
		subj hold = Iran
		obj hold = talks
		prep hold with = Turkey
		marker hold = plans to`},
	{text: "The delegation arrived and met the president.", checks: `
		subj met = The delegation
		obj met = the president`},
	{text: "The resolution, which was confirmed by the council, calls for a truce.", checks: `
		relative confirmed
		passive confirmed
		subj confirmed = the council
		obj confirmed = The resolution`},
	{text: "Israel bombed targets in Gaza.", checks: `
		subj bombed = Israel
		obj bombed = targets
		prep bombed in = Gaza`},
	{text: "Police fired rubber bullets at protesters on Sunday.", checks: `
		subj fired = Police
		obj fired = rubber bullets
		prep fired at = protesters
		ent DATE Sunday`},
	{text: "According to state media, the army shelled the town.", checks: `
		attr according to = state media
		subj shelled = the army
		obj shelled = the town`},
	{text: "The army shelled the town, citing security officials.", checks: `
		attr citing = security officials`},
	{text: "The army shelled the town, according to activists.", checks: `
		attr according to = activists
		obj shelled = the town`},
	{text: "IRNA reported that the two ministers reviewed bilateral ties.", checks: `
		reporting reported
		attr reported = IRNA
		parent reviewed = reported
		subj reviewed = the two ministers`},
	{text: "Kalin stated that efforts are under way to hold a meeting.", checks: `
		parent hold = are
		marker hold = efforts under way
		obj hold = a meeting`},
	{text: "The source, who preferred not to be named, indicated that talks continue.", checks: `
		subj indicated = The source
		relative preferred
		reporting indicated`},
	{text: "The rebels captured the airport and the police withdrew.", checks: `
		subj captured = The rebels
		obj captured = the airport
		subj withdrew = the police`},
	{text: "Egypt urged Israel to stop the offensive.", checks: `
		parent stop = urged
		subj stop = Israel
		obj stop = the offensive`},
	{text: "Turkey agreed to withdraw its troops from Syria.", checks: `
		marker withdraw = agreed to
		subj withdraw = Turkey
		obj withdraw = its troops
		prep withdraw from = Syria`},
	{text: "The army said it had killed ten militants.", checks: `
		parent killed = said
		subj killed = it
		obj killed = ten militants
		tense killed = past`},
	{text: "Demonstrators marched to the embassy.", checks: `
		subj marched = Demonstrators
		prep marched to = the embassy`},
	{text: "The UN sent food to the refugees in Lebanon.", checks: `
		obj sent = food
		prep sent to = the refugees
		prep sent in = Lebanon`},
	{text: "Kalin pointed out that the issues are on the table.", checks: `
		lemmaof pointed = point
		reporting pointed
		attr pointed out = Kalin`},
	{text: "The talks, which began on Monday, ended without a deal.", checks: `
		relative began
		subj ended = The talks
		prep ended without = a deal`},
	{text: "Russia accused Ukraine of shelling the plant.", checks: `
		subj accused = Russia
		obj accused = Ukraine`},
	{text: "The agency quoted the minister as saying the talks failed.", checks: `
		reporting quoted
		attr quoted = The agency
		obj quoted = the minister`},
	{text: "Syria and Turkey will sign the accord in Moscow.", checks: `
		subj sign = Syria and Turkey
		obj sign = the accord
		prep sign in = Moscow
		tense sign = future`},
	{text: "Officials met in Doha and agreed on a ceasefire.", checks: `
		subj agreed = Officials
		prep agreed on = a ceasefire`},
	{text: "The strike that hit the hospital killed five people.", checks: `
		relative hit
		subj hit = The strike
		obj hit = the hospital
		subj killed = The strike
		obj killed = five people`},
	{text: "Witnesses said the soldiers opened fire on the crowd.", checks: `
		parent opened = said
		subj opened = the soldiers
		obj opened = fire
		prep opened on = the crowd`},
	{text: "Iran is ready to resume the talks.", checks: `
		marker resume = ready to
		subj resume = Iran`},
	{text: "Germany sent tanks to Ukraine last month.", checks: `
		obj sent = tanks
		prep sent to = Ukraine`},
	{text: "The ministers discussed the crisis during the phone call.", checks: `
		prep discussed during = the phone call`},
	{text: "A car bomb exploded near the mosque.", checks: `
		subj exploded = A car bomb
		noobj exploded
		prep exploded near = the mosque`},
	{text: "Lebanon's prime minister met the envoy in Beirut.", checks: `
		subj met = Lebanon's prime minister
		prep met in = Beirut`},
	{text: "The two sides reviewed the latest developments.", checks: `
		subj reviewed = The two sides
		obj reviewed = the latest developments`},
	{text: "The talks between Tehran and Damascus were discussed.", checks: `
		obj discussed = The talks between Tehran and Damascus`},
	{text: "Kalin stated the meeting will not include the leaders, indicating a low level.", checks: `
		subj indicating = Kalin`},
}

var moreClauseCases = []specCase{
	{text: "The Security Council on Friday condemned the test and urged Pyongyang to return to talks.", checks: `
		subj condemned = The Security Council
		subj urged = The Security Council
		subj return = Pyongyang
		prep return to = talks`},
	{text: "Iraq's prime minister is expected to visit Washington next month.", checks: `
		subj visit = Iraq's prime minister
		obj visit = Washington
		marker visit = expected to`},
	{text: "Saudi Arabia denied the report, calling the claims baseless.", checks: `
		subj calling = Saudi Arabia
		noparent calling
		nomarkers calling`},
	{text: "Israeli warplanes struck targets in Gaza, the military said.", checks: `
		parent struck = said
		subj struck = Israeli warplanes
		attr said = the military`},
	{text: "A decision on whether to allow the vote is set to be made by parliament.", checks: `
		surf set = A decision`},
	{text: "The bill going through parliament will allow casinos to open.", checks: `
		relative going
		subj allow = The bill`},
	{text: "Opposition parties say the issue should be decided in Scotland and believe the government is wrong.", checks: `
		noobj say
		parent decided = say
		subj believe = Opposition parties
		noparent believe`},
}

var infinitiveCases = []specCase{
	{text: "The protesters asked the government to resign.", checks: `
		parent resign = asked
		subj resign = the government`},
	{text: "Efforts and diplomatic contacts to hold the meeting are continuing.", checks: `
		subj continuing = Efforts and diplomatic contacts
		obj hold = the meeting
		noparent hold`},
	{text: "Officials said efforts to free the hostages had failed.", checks: `
		marker free = efforts under way
		subj failed = efforts`},
	{text: "The minister discussed the possibilities of holding the “Quartet” with Iran.", checks: `
		obj holding = the “Quartet”`},
}

var markerCases = []specCase{
	{text: "Iran did not attack the ship.", checks: `
		neg attack
		marker attack = not
		tense attack = past`},
	{text: "Syria never recognized the vote.", checks: `
		neg recognized
		marker recognized = never`},
	{text: "The minister denied that troops entered the city.", checks: `
		marker denied = denied
		marker entered = denied
		parent entered = denied`},
	{text: "Turkey will hold elections.", checks: `
		modal hold = will
		tense hold = future
		marker hold = will`},
	{text: "The president plans to visit Moscow.", checks: `
		marker visit = plans to
		tense visit = future`},
	{text: "The council called for an immediate ceasefire.", checks: `
		marker called = called for
		tense called = past`},
	{text: "Russia would respond to any attack.", checks: `
		modal respond = would
		marker respond = would`},
	{text: "The rebels could seize the city.", checks: `
		modal seize = could
		marker seize = could`},
	{text: "If Israel attacks, Iran will respond.", checks: `
		marker attacks = if
		modal respond = will`},
	{text: "The two countries agreed to exchange prisoners.", checks: `
		marker exchange = agreed to`},
	{text: "Pyongyang threatened to launch missiles.", checks: `
		marker launch = threatened to`},
	{text: "Iraq intends to expel the diplomats.", checks: `
		marker expel = intends to`},
	{text: "Jordan is ready to mediate.", checks: `
		marker mediate = ready to`},
	{text: "The talks aim to end the war.", checks: `
		marker end = aim to`},
	{text: "Officials are preparing a summit.", checks: `
		marker preparing = prepare`},
	{text: "The leaders are expected to sign the deal.", checks: `
		marker sign = expected to`},
	{text: "The consultations aim to prepare a meeting of foreign ministers.", checks: `
		marker prepare = aim to
		marker prepare = prepare
		obj prepare = a meeting of foreign ministers`},
	{text: "The army no longer controls the border.", checks: `
		neg controls`},
	{text: "Kabul has not received the aid.", checks: `
		neg received
		tense received = past`},
	{text: "The troops withdrew.", checks: `
		pos withdrew
		nomarkers withdrew
		tense withdrew = past`},
	{text: "The ministers meet in Geneva.", checks: `
		tense meet = present
		nomarkers meet`},
	{text: "Egypt may close the crossing.", checks: `
		modal close = may`},
	{text: "The government must release the prisoners.", checks: `
		modal release = must`},
	{text: "Iran seeks to expand trade with Iraq.", checks: `
		marker expand = seeks to`},
	{text: "Efforts are under way to free the hostages.", checks: `
		marker free = efforts under way`},
	{text: "The army cannot enter the city.", checks: `
		toks The army can not enter the city .
		neg enter
		modal enter = can`},
	{text: "The militia won't disarm.", checks: `
		neg disarm
		modal disarm = will`},
	{text: "Damascus demanded the withdrawal of Turkish forces.", checks: `
		marker demanded = demanded`},
	{text: "Moscow is going to send more troops.", checks: `
		marker send = going to
		tense send = future`},
	{text: "The ministry refused to comment.", checks: `
		marker comment = refused to`},
	{text: "The government did not plan to hold talks.", checks: `
		neg hold
		marker hold = plans to`},
}

var quoteCases = []specCase{
	{text: "The minister said: “We will not accept any foreign troops on our soil.”", checks: `
		quote We will not accept any foreign troops on our soil. => The minister`},
	{text: "“The talks were constructive and useful,” the spokesman said.", checks: `
		quote The talks were constructive and useful, => the spokesman`},
	{text: "\"We are ready for a deal with our neighbours,\" said Foreign Minister Lavrov.", checks: `
		quote We are ready for a deal with our neighbours, => Foreign Minister Lavrov`},
	{text: "The agency quoted Bogdanov as saying: “The consultations aim to prepare a meeting.” He added: “We continue to coordinate with our partners.”", checks: `
		quote The consultations aim to prepare a meeting. => Bogdanov
		quote We continue to coordinate with our partners. => Bogdanov`},
	{text: "The so-called “peace plan” was rejected.", checks: `
		passive rejected`},
	{text: "He called the offer “a joke and an insult to the victims” on Tuesday.", checks: `
		quote a joke and an insult to the victims => ?`},
	{text: "The army called the report “a pack of lies from start to end” in a statement.", checks: `
		quote a pack of lies from start to end => ?`},
	{text: "“We have no choice but to defend ourselves,” Erdogan told reporters.", checks: `
		quote We have no choice but to defend ourselves, => Erdogan`},
	{text: "The envoy wrote: “The ceasefire must hold for the sake of civilians.”", checks: `
		quote The ceasefire must hold for the sake of civilians. => The envoy`},
	{text: "Education Secretary Ruth Kelly visited the school. “The system is good for our children and families,” she said.", checks: `
		quote The system is good for our children and families, => Ruth Kelly`},
	{text: "“This is a dangerous escalation by the regime,” the statement said.", checks: `
		quote This is a dangerous escalation by the regime, => the statement`},
}

var timeCases = []specCase{
	{text: "The talks began on March 3, 2023.", checks: `
		time March 3, 2023 = 2023-03-03 day`},
	{text: "The talks began on 3 March 2023.", checks: `
		time 3 March 2023 = 2023-03-03 day`},
	{text: "The envoy arrives on 3 March.", pub: "2023-02-27", checks: `
		time 3 March = 2023-03-03 day`},
	{text: "The envoy arrived on 3 March.", checks: `
		time 3 March = unresolved day`},
	{text: "The report is dated 2023-03-03.", checks: `
		time 2023-03-03 = 2023-03-03 day`},
	{text: "The envoy arrived on Tuesday.", pub: "2023-03-03", checks: `
		time Tuesday = 2023-02-28 day`},
	{text: "The envoy arrived on Tuesday.", checks: `
		time Tuesday = unresolved day`},
	{text: "The fighting resumed last week.", pub: "2023-03-03", checks: `
		time last week = 2023-02-24 week`},
	{text: "The minister left yesterday.", pub: "2023-03-03", checks: `
		time yesterday = 2023-03-02 day`},
	{text: "The minister left yesterday.", checks: `
		time yesterday = unresolved day`},
	{text: "The ship was seized a few days ago.", pub: "2023-03-03", checks: `
		time a few days ago = 2023-02-28 week`},
	{text: "Elections were held earlier this month.", pub: "2023-03-17", checks: `
		time earlier this month = 2023-03-01 month`},
	{text: "The summit will take place in May.", pub: "2023-03-03", checks: `
		time May = 2023-05-01 month`},
	{text: "The vote may take place soon.", checks: `
		notime`},
	{text: "Troops will march on the capital.", checks: `
		notime`},
	{text: "The accord was signed in 2019.", checks: `
		time 2019 = 2019-01-01 year`},
	{text: "The war started in February 2022.", checks: `
		time February 2022 = 2022-02-01 month`},
	{text: "The court ruled today.", pub: "2023-03-03", checks: `
		time today = 2023-03-03 day`},
	{text: "The leaders will meet tomorrow.", pub: "2023-03-03", checks: `
		time tomorrow = 2023-03-04 day`},
	{text: "Three weeks ago the rebels entered the town.", pub: "2023-03-24", checks: `
		time Three weeks ago = 2023-03-03 week`},
	{text: "The ministers met last month.", pub: "2023-03-03", checks: `
		time last month = 2023-02-01 month`},
	{text: "Trade grew last year.", pub: "2023-03-03", checks: `
		time last year = 2022-01-01 year`},
	{text: "The delegation will arrive next Monday.", pub: "2023-03-03", checks: `
		time next Monday = 2023-03-06 day`},
	{text: "The truce expired on 12/25/2022.", checks: `
		time 12/25/2022 = 2022-12-25 day`},
	{text: "Talks resume on March 10.", pub: "2023-03-03", checks: `
		time March 10 = 2023-03-10 day`},
	{text: "The attack happened in December.", pub: "2023-01-10", checks: `
		time December = 2022-12-01 month`},
	{text: "The deal was struck two years ago.", pub: "2023-03-03", checks: `
		time two years ago = 2021-03-03 year`},
	{text: "Police made arrests over the weekend.", pub: "2023-03-06", checks: `
		time the weekend = 2023-03-04 week`},
	{text: "Shots were heard last night.", pub: "2023-03-06", checks: `
		time last night = 2023-03-05 day`},
	{text: "The offensive began in mid-March.", pub: "2023-05-06", checks: `
		time mid-March = 2023-03-15 month`},
	{text: "The talks collapsed on Friday, March 3.", pub: "2023-03-06", checks: `
		time Friday = 2023-03-03 day
		time March 3 = 2023-03-03 day`},
	{text: "Fighting broke out this week.", pub: "2023-03-03", checks: `
		time this week = 2023-03-03 week`},
}

// round2Cases are the second round's structure fixes (all our own
// sentences).
var round2Cases = []specCase{
	{text: "The minister said the country should \"win back\" its ports.", checks: `
		modal win = should
		subj win = the country
		clauses 2`},
	{text: "The regulator must hand back the fines.", checks: `
		tag hand VB
		modal hand = must
		obj hand = the fines`},
	{text: "Sarah Whitfield criticised the budget.", checks: `
		tag Sarah NNP
		subj criticised = Sarah Whitfield
		clauses 1`},
	{text: "Teachers reject proposed cuts to schools.", checks: `
		obj reject = proposed cuts
		clauses 1`},
	{text: "The council extended by two weeks the ban on rallies.", checks: `
		active extended
		subj extended = The council
		obj extended = the ban
		prep extended on = rallies`},
	{text: "The curfew was shortened by one hour.", checks: `
		passive shortened
		nosubj shortened`},
	{text: "The statements issued by the ministry were rejected.", checks: `
		passive issued
		subj issued = the ministry`},
	{text: "Governor Adams, following the vote, has signed the bill.", checks: `
		subj signed = Governor Adams`},
	{text: "Governor Adams has taken steps to close the border.", checks: `
		subj close = Governor Adams
		marker close = attempts to`},
	{text: "The minister stepped aside to allow an inquiry.", checks: `
		nomarkers allow`},
	{text: "Peru has once again rejected the offer.", checks: `
		subj rejected = Peru
		obj rejected = the offer`},
	{text: "Residents will have less say over planning.", checks: `
		notreporting have
		clauses 1`},
	{text: "Japan responded with new tariffs.", checks: `
		notreporting responded`},
	{text: "The ministry responded that the claims were false.", checks: `
		reporting responded
		attr responded = The ministry`},
	{text: "The plan was rejected by one of the judges.", checks: `
		subj rejected = one of the judges`},
	{text: "The spokesman responded on the radio: the talks will go on.", checks: `
		reporting responded`},
	{text: "Few of the terms set by the council, including the deadline, have been met.", checks: `
		nosubj met`},
	{text: "WHO reports show a rise in cases.", checks: `
		subj show = WHO reports`},
}

var round2TagCases = []specCase{
	{text: "Ken Marsh criticised the budget.", checks: `
		tag Ken NNP
		subj criticised = Ken Marsh`},
	{text: "Bill Davies will lead the talks.", checks: `
		tag Bill NNP`},
	{text: "Ken Marsh, the council leader, criticised the budget.", checks: `
		tag Ken NNP
		clauses 1`},
	{text: "Officials arrested wanted men in the raid.", checks: `
		obj arrested = wanted men`},
	{text: "The party has proposed changes to the law.", checks: `
		tag proposed VBN`},
	{text: "Voters want a say in the matter.", checks: `
		tag say NN`},
}

// round3Cases: purpose infinitives, gerunds after a preposition, object
// relatives, subordinators, reported speech and negation scope.
var round3Cases = []specCase{
	{text: "Moscow sent its warplanes to bomb the rebel towns.", checks: `
		subj bomb = Moscow
		parent bomb = sent
		marker bomb = in order to
		tense bomb = past`},
	{text: "The council used its veto to protect the government from sanctions.", checks: `
		subj protect = The council
		obj protect = the government
		marker protect = in order to`},
	{text: "Ankara moved tanks to the frontier in order to deter the militias.", checks: `
		subj deter = Ankara
		marker deter = in order to
		nomarker deter = ordered to
		noprep moved in
		prep moved to = the frontier`},
	{text: "The minister flew to Cairo to meet the envoy.", checks: `
		subj meet = The minister
		marker meet = in order to`},
	{text: "Hundreds of volunteers came to help the flood victims.", checks: `
		subj help = Hundreds of volunteers
		marker help = in order to`},
	{text: "The rebels signed an agreement to end the fighting.", checks: `
		nosubj end
		nomarker end = in order to`},
	{text: "The envoy urged the rebels to lay down their arms.", checks: `
		subj lay = the rebels
		nomarker lay = in order to`},
	{text: "Beijing wants Pyongyang to halt its missile tests.", checks: `
		subj halt = Pyongyang
		nomarker halt = in order to`},
	{text: "The rebels agreed to leave the town.", checks: `
		subj leave = The rebels
		marker leave = agreed to
		nomarker leave = in order to`},
	{text: "The deal, which Moscow rejected, collapsed on Friday.", checks: `
		relative rejected
		subj rejected = Moscow
		obj rejected = The deal
		subj collapsed = The deal`},
	{text: "It is an outcome that Tehran says it cannot accept.", checks: `
		relative says
		subj says = Tehran
		reporting says
		parent accept = says`},
	{text: "The truce that the militias signed held for a week.", checks: `
		relative signed
		subj signed = the militias
		obj signed = The truce
		subj held = The truce`},
	{text: "They dismissed the claim that Iran attacked the tanker.", checks: `
		notrelative attacked
		subj attacked = Iran
		obj attacked = the tanker`},
	{text: "The opposition accused the government of rigging the vote.", checks: `
		subj rigging = the government
		parent rigging = accused
		obj rigging = the vote`},
	{text: "The army prevented the protesters from reaching the square.", checks: `
		subj reaching = the protesters
		parent reaching = prevented`},
	{text: "The party insisted on holding the vote in May.", checks: `
		subj holding = The party
		parent holding = insisted`},
	{text: "The group was accused of arming the militias.", checks: `
		subj arming = The group`},
	{text: "The police dispersed the crowd by firing tear gas.", checks: `
		subj firing = The police
		obj firing = tear gas`},
	{text: "Observers backed the mission in monitoring the ceasefire.", checks: `
		subj monitoring = the mission`},
	{text: "The envoy spoke in support of lifting the sanctions.", checks: `
		nosubj lifting`},
	{text: "The rebels held the town until government troops stormed it in May.", checks: `
		noprep held until
		subj stormed = government troops
		obj held = the town`},
	{text: "The talks after the summit collapsed.", checks: `
		subj collapsed = The talks after the summit`},
	{text: "The strike, according to local officials, killed four people.", checks: `
		subj killed = The strike
		attr according to = local officials`},
	{text: "Iran denied the report, but its envoy arrived in Beirut on Monday.", checks: `
		noparent arrived
		nomarkers arrived
		marker denied = denied`},
	{text: "The minister said the army pulled out, but the rebels stayed.", checks: `
		parent stayed = said`},
	{text: "“We think the talks will fail,” the envoy said.", checks: `
		parent think = said
		noparent said
		subj said = the envoy`},
	{text: "Russia did not back the plan, but China welcomed it.", checks: `
		neg back
		pos welcomed
		nomarkers welcomed`},
	{text: "The party's spokeswoman for health Anna Berg said the plan would fail.", checks: `
		chunk NP spokeswoman
		chunk NP health
		chunk NP Anna Berg
		appos spokeswoman => Anna Berg
		subj said = The party's spokeswoman for health Anna Berg
		subjhead said = Berg
		attr said = The party's spokeswoman for health Anna Berg`},
	{text: "Reporters met the minister for foreign affairs Omar Haddad in Amman.", checks: `
		obj met = the minister for foreign affairs Omar Haddad
		objhead met = Haddad
		prep met in = Amman`},
	{text: "The secretary of state Laura Kemp arrived on Monday.", checks: `
		subjhead arrived = Kemp`},
	{text: "The spokesman for the ministry said nothing.", checks: `
		subjhead said = spokesman
		chunk NP the ministry`},
	{text: "The former adviser and UN envoy Maria Lund praised the deal.", checks: `
		chunk NP UN envoy Maria Lund`},
	{text: "“We believe families would welcome the plan and the council must act,” he said.", checks: `
		quote We believe families would welcome the plan and the council must act, => he
		parent believe = said
		noparent said`},
	{text: "“The army will leave the valley by Friday,” said the governor.", checks: `
		quote The army will leave the valley by Friday, => the governor
		subj said = the governor`},
	{text: "“They said the border would stay closed,” the minister told reporters.", checks: `
		quote They said the border would stay closed, => the minister`},
	{text: "Officials said the talks had stalled, but the envoy insisted: “We will meet again next week.”", checks: `
		quote We will meet again next week. => the envoy`},
	{text: "“The vote was fair and open to all,” the minister said. Anna Berg disagreed with him. She said: “The count was rigged in three districts.”", checks: `
		quote The vote was fair and open to all, => the minister
		quote The count was rigged in three districts. => Anna Berg`},
	{text: "“We will fight on until the end,” the commander said. “We will not give up the town.”", checks: `
		quote We will not give up the town. => the commander`},
	{text: "She said: \"The rebels shelled the town and \"we fled\" as fast as we could.\" Then the army came.", checks: `
		quote The rebels shelled the town and "we fled" as fast as we could. => She`},
	{text: "The mayor said: “Nobody will leave this city again. Then came a long night. Shops closed early. Buses stopped. Nobody spoke.", checks: `
		quote Nobody will leave this city again. => The mayor`},
	{text: "The president later claimed this was a mistake, but said the troops would leave soon.", checks: `
		subj said = The president
		parent leave = said
		parent was = claimed`},
	{text: "The minister said the talks failed and added that the army would stay.", checks: `
		parent failed = said
		parent stay = added
		subj added = The minister`},
	{text: "Omar Haddad spoke first. The minister then criticised the mayor, Lena Koch. “We were never consulted about the new road,” he said.", checks: `
		quote We were never consulted about the new road, => Omar Haddad`},
	{text: "The envoy, speaking in Vienna on Monday, said that the militias would withdraw.", checks: `
		subj said = The envoy
		attr said = The envoy
		parent withdraw = said
		relative speaking`},
	{text: "The army, its spokesman said, will leave the valley.", checks: `
		subj leave = The army
		parent leave = said
		attr said = its spokesman`},
	{text: "The rebels (the monitoring group said) shelled the village.", checks: `
		subj shelled = The rebels
		attr said = the monitoring group`},
	{text: "Troops shelled the village, according to the Kurdish Red Crescent Society, a relief group.", checks: `
		attr according to = the Kurdish Red Crescent Society
		subj shelled = Troops`},
	{text: "Jordan, according to the ministry, closed the crossing.", checks: `
		subj closed = Jordan
		attr according to = the ministry`},
	{text: "The minister said on Tuesday, in a statement, that the army had withdrawn.", checks: `
		parent withdrawn = said
		attr said = The minister`},
	{text: "No country has recognised the new council.", checks: `
		neg recognised
		marker recognised = not`},
	{text: "No one was hurt in the blast, and the police arrested two men.", checks: `
		neg hurt
		pos arrested`},
	{text: "None of the parties signed the accord.", checks: `
		neg signed`},
	{text: "The militia, which no government recognises, seized the port.", checks: `
		relative recognises
		obj recognises = The militia
		pos seized
		subj seized = The militia`},
	{text: "The envoy who the rebels detained was freed on Sunday.", checks: `
		relative detained
		subj detained = the rebels
		obj detained = The envoy
		obj freed = The envoy`},
	{text: "The army did not withdraw until the rebels shelled the base.", checks: `
		neg withdraw
		pos shelled
		noprep withdraw until`},
	{text: "Two volunteers were killed fighting the militants.", checks: `
		subj fighting = Two volunteers
		obj fighting = the militants`},
	{text: "The ministry denied the report and the inspectors left the country.", checks: `
		noparent left
		nomarker left = denied
		subj left = the inspectors`},
	{text: "The group has enough explosives to destroy the bridge.", checks: `
		nomarker destroy = in order to`},
	{text: "The strikes, which the coalition carried out on Friday, killed twelve people.", checks: `
		relative carried
		subj carried = the coalition
		obj carried = The strikes
		subj killed = The strikes`},
	{text: "Omar Haddad, director of the campaign group Free Voice, said the count was unfair.", checks: `
		chunk NP the campaign group Free Voice
		subj said = Omar Haddad, director of the campaign group Free Voice
		subjhead said = Haddad`},
	{text: "The mayor said: \"We are tired of waiting for the army. \"The town has been empty for a week and nobody helps us.\" Officials did not comment on the claims.", checks: `
		quote We are tired of waiting for the army. => The mayor
		quote The town has been empty for a week and nobody helps us. => The mayor`},
	{text: "The spokesman said: \"The plan came too late for the farmers.\" \"Nobody asked them what they needed this winter. \"The ministry must now listen to the villages.", checks: `
		quote Nobody asked them what they needed this winter. => The spokesman
		quote The ministry must now listen to the villages. => The spokesman`},
	{text: "Lina Saleh, 31, from Homs, said the shelling went on all night.", checks: `
		subj said = Lina Saleh, 31
		subjhead said = Saleh`},
	{text: "Extra troops were sent to the region to protect the pipeline.", checks: `
		subj protect = Extra troops
		marker protect = in order to`},
	{text: "He was linked to a plot to kidnap the judge.", checks: `
		nomarker kidnap = in order to
		nosubj kidnap`},
	{text: "The patrol he commanded cleared the road before dawn.", checks: `
		relative commanded
		subj commanded = he
		obj commanded = The patrol
		subj cleared = The patrol`},
	{text: "In the valley they fought hard for two days.", checks: `
		notrelative fought
		subj fought = they`},
	{text: "The ministers did not meet and the talks collapsed.", checks: `
		neg meet
		pos collapsed`},
}
