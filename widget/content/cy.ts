/**
 * Welsh (Cymraeg) text for the guide, keyed by the same ids as en-GB.ts. Plain, direct Welsh in the second
 * person (chi), as the Welsh Language Commissioner and NHS Wales advise for patients.
 *
 * NOT YET REVIEWED: this Welsh was written by the project's developers, not by a native speaker or a
 * professional translator. It must be reviewed by one before release.
 *
 * Choices:
 * - Each factual entry cites the same source id as its English entry (the sources are in English).
 * - The app is called "yr NHS App", not "Ap GIG": Ap GIG is NHS Wales's name for the NHS Wales App, a
 *   different app from the one patients of a practice in England use, and the App Store, Google Play and
 *   the app itself show the name "NHS App". Other product names (NHS login, Patient Access, SystmOnline...)
 *   are kept as their makers write them. The things the NHS App asks for (linkage key, passphrase, account
 *   ID) are given in Welsh with the English words the app shows in brackets.
 * - The record examples (…Example) stay in English, as records in England are written in English; the
 *   guide marks them lang="en-GB". The glossary explanations of their short forms are translated below.
 * - `{practice}` is a name the guide cannot mutate, so sentences put it where Welsh needs no mutation:
 *   mostly after a noun ("staff {practice}", "gwasanaethau ar-lein {practice}") or as a subject. The
 *   default name is "eich meddygfa".
 */
import type { LocaleFile } from './locales.js';

const cy = {
  content: {
    // Frame: shown on every step.
    defaultPracticeName: { text: 'eich meddygfa' },
    stepOf: { text: 'Cam {step} o {count}' },
    stepNumber: { text: 'Cam {step}' },
    back: { text: 'Yn ôl' },
    continue: { text: 'Parhau' },
    startNow: { text: 'Dechrau nawr' },
    stopForNow: { text: 'Rwyf eisiau stopio am nawr' },
    quickExit: { text: 'Gadael y dudalen hon nawr' },
    quickExitHint: {
      text: 'Mae hyn yn mynd â chi i wefan arall ar unwaith. Mae hefyd yn dileu eich atebion o’r ddyfais hon, i’ch cadw’n ddiogel. Ni ellir dadwneud hyn.',
    },
    quickExitBlocked: {
      text: 'Doedd dim modd cau’r dudalen hon i chi. I’w chuddio, caewch y tab neu’r ffenestr hon nawr. Neu pwyswch Gadael y dudalen hon nawr eto i adael y canllaw.',
    },
    listen: { text: 'Gwrando' },
    listenStop: { text: 'Stopio gwrando' },
    listenStarted: { text: 'Yn darllen y cam hwn yn uchel.' },
    listenFinished: { text: 'Wedi gorffen darllen y cam hwn.' },
    listenLoadFailed: { text: 'Mae’n ddrwg gennym, nid yw Gwrando yn gweithio ar y dudalen hon ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.' },
    listenBlocked: { text: 'Mae’n ddrwg gennym, does dim modd darllen y cam hwn yn uchel ar y dudalen hon.' },
    listenProblemNoVoice: {
      text: 'I ddarllen yn uchel, mae angen llais ar y ddyfais hon, ond ni chafwyd hyd i un. Gallwch ychwanegu llais yng ngosodiadau eich cyfrifiadur neu’ch ffôn, o dan ‘lleferydd’ neu ‘testun i leferydd’.',
    },
    listenProblemNotAllowed: { text: 'Ni wnaeth y porwr ganiatáu darllen yn uchel. Pwyswch y botwm Gwrando i ddechrau.' },
    listenProblemSynthesisFailed: { text: 'Doedd y llais ddim yn gallu darllen rhan o’r testun, felly cafodd ei hepgor.' },
    change: { text: 'Newid' },
    selectAllThatApply: { text: 'Dewiswch bob un sy’n berthnasol.' },
    errorSummaryTitle: { text: 'Mae problem' },
    errorPrefix: { text: 'Gwall:' },
    exampleLabel: { text: 'Enghraifft wedi’i dyfeisio:' },

    // Start page (not counted as a step).
    startHeading: { text: 'Defnyddio eich meddygfa ar-lein' },
    startIntro: {
      text: 'Gyda’ch cyfrif GIG (NHS account) gallwch wneud rhai pethau heb ffonio na mynd i mewn. Rydych chi’n mewngofnodi iddo gydag NHS login.',
      source: 'nhsAccount',
    },
    startOffers: { text: 'Gyda gwasanaethau ar-lein {practice}, gallwch chi:' },
    startFree: {
      text: 'Mae am ddim. Gall unrhyw un sydd wedi cofrestru gyda meddygfa yn Lloegr ofyn am ei ddefnyddio.',
      source: 'nhsGpOnlineServices',
    },
    startHours: {
      text: 'Gallwch anfon cais ar-lein i’r feddygfa o leiaf rhwng 8am a 6.30pm ar ddyddiau’r wythnos.',
      source: 'onlineCoreHours',
    },
    startHow: {
      text: 'Mae’r canllaw hwn yn gofyn ychydig o gwestiynau. Wedyn mae’n rhoi rhestr i chi o’r hyn i’w wneud nesaf. Mae eich atebion yn aros ar y ddyfais hon.',
    },
    startHelp: { text: 'Os oes angen help arnoch, gofynnwch i staff {practice}.' },

    // Services a practice may offer.
    serviceRecord: { text: 'gweld eich cofnod iechyd meddyg teulu', source: 'nhsGpOnlineServices' },
    serviceAppointments: { text: 'trefnu a chanslo apwyntiadau', source: 'nhsGpOnlineServices' },
    servicePrescriptions: { text: 'archebu presgripsiynau amlroddadwy', source: 'nhsGpOnlineServices' },
    serviceMessages: { text: 'anfon a darllen negeseuon gyda’r feddygfa', source: 'nhsApp' },

    // Who it is for.
    whoHeading: { text: 'Ar gyfer pwy mae hyn?' },
    whoMyself: { text: 'Fi fy hun' },
    whoChild: { text: 'Fy mhlentyn' },
    whoChildHint: { text: 'Plentyn rydych chi’n rhiant neu’n warcheidwad iddo. Gall fod o unrhyw oed.' },
    whoAdult: { text: 'Oedolyn arall rwy’n ei helpu' },
    whoAdultHint: { text: 'Er enghraifft, aelod o’r teulu rydych chi’n gofalu amdano.' },
    errorWho: { text: 'Dewiswch ar gyfer pwy mae hyn' },

    // Age.
    ageHeadingSelf: { text: 'Faint yw eich oed chi?' },
    ageHeadingChild: { text: 'Faint yw oed eich plentyn?' },
    age16Plus: { text: '16 oed neu drosodd' },
    age13To15: { text: '13 i 15 oed' },
    ageUnder13: { text: 'O dan 13 oed' },
    age16PlusHintSelf: {
      text: 'Gallwch gofrestru eich hun. Fel arfer, byddwch yn gweld cofnodion newydd yn eich cofnod.',
      source: 'prospectiveAccessNews',
    },
    age13To15HintSelf: {
      text: 'Gallwch ddefnyddio’r NHS App. I weld eich cofnod, mae angen i chi ofyn i’r feddygfa yn gyntaf.',
      source: 'nhsAppAgeRules',
    },
    ageUnder13HintSelf: {
      text: 'Allwch chi ddim defnyddio’r NHS App eto. Gall rhiant neu warcheidwad ofyn i’r feddygfa ar eich rhan.',
      source: 'nhsAppAgeRules',
    },
    age16PlusHintChild: {
      text: 'Yn 16 oed, maen nhw’n cael eu trin fel oedolyn. Mae angen iddyn nhw gytuno.',
      source: 'proxyUnder16',
    },
    age13To15HintChild: {
      text: 'Efallai y gallan nhw ddefnyddio’r NHS App eu hunain. Bydd y feddygfa’n gofyn beth maen nhw eisiau.',
      source: 'nhsAppAgeRules',
    },
    ageUnder13HintChild: {
      text: 'Allan nhw ddim defnyddio’r NHS App. Gallwch ofyn am weld eu cofnod yn eich ap eich hun.',
      source: 'nhsAppAgeRules',
    },
    errorAge: { text: 'Dewiswch faint yw eich oed' },
    errorAgeChild: { text: 'Dewiswch faint yw oed eich plentyn' },

    // Proxy (family and carer access).
    proxyChildHeading: { text: 'Defnyddio gwasanaethau ar-lein ar gyfer eich plentyn' },
    proxyAdultHeading: { text: 'Defnyddio gwasanaethau ar-lein ar gyfer oedolyn arall' },
    proxyName: {
      text: 'Mae’r GIG yn galw hyn yn fynediad i deulu a gofalwyr, neu fynediad drwy ddirprwy. Rydych chi’n ei gael yn eich cyfrif GIG eich hun. Dydych chi byth yn defnyddio eu manylion mewngofnodi nhw.',
      source: 'familyCarerAccessAdults',
    },
    proxyPractice: {
      text: 'Y feddygfa sy’n penderfynu beth gallwch chi ei wneud. Efallai y bydd yn gadael i chi drefnu apwyntiadau, archebu eu moddion a gweld rhan o’u cofnod neu’r cyfan ohono.',
      source: 'proxyInNhsApp',
    },
    proxyChildResponsibility: {
      text: 'O dan 16 oed, mae angen cyfrifoldeb rhiant arnoch. Mae hyn yn golygu bod gennych hawl gyfreithiol i wneud dewisiadau dros y plentyn, fel sydd gan y rhan fwyaf o rieni. Bydd y feddygfa’n gwirio hyn.',
      source: 'proxyEvidence',
    },
    proxyChildSay: {
      text: 'O tua 11 oed, mae gan eich plentyn ei lais ei hun. Mae eich mynediad yn cael ei adolygu rhwng 11 a 13 oed. Gall ddod i ben ar unrhyw oed o 11 i 14. Mae’n dod i ben yn 16 oed.',
      source: 'proxyAgeReviews',
    },
    proxyConsent: {
      text: 'Maen nhw’n oedolyn yng ngolwg y GIG, felly mae angen iddyn nhw gytuno. Os na allan nhw, mae ffyrdd eraill. Mae’r cwestiwn nesaf yn gofyn am hyn.',
      source: 'proxyUnder16',
    },
    proxyApp: {
      text: 'Mae rhai meddygfeydd yn gadael i chi ofyn am hyn yn yr NHS App. Chwiliwch am “Apply to access services for someone else”.',
      source: 'applyForProxy',
    },
    proxyLimits: {
      text: 'Yn yr NHS App allwch chi ddim anfon negeseuon ar eu rhan, newid eu fferyllfa na rheoli eu gofal ysbyty.',
      source: 'proxyLimits',
    },
    proxySamePractice: {
      text: 'Dim ond os ydych chi’ch dau yn yr un feddygfa y mae eu proffil yn dangos yn eich NHS App. Os nad ydych chi, bydd eu meddygfa’n dweud wrthych pa wasanaeth i’w ddefnyddio.',
      source: 'proxyLimits',
    },

    // Consent: a person aged 16 or over who cannot agree.
    consentHeadingAdult: { text: 'Ydyn nhw’n gallu cytuno i chi gael mynediad?' },
    consentHeadingChild: { text: 'Ydy eich plentyn yn gallu cytuno i chi gael mynediad?' },
    consentHint: { text: 'Mae hyn yn ymwneud ag a ydyn nhw’n gallu ei ddeall a dewis.' },
    consentYes: { text: 'Ydyn, maen nhw’n gallu cytuno' },
    consentYesHint: { text: 'Bydd angen iddyn nhw ddweud wrth y feddygfa, neu lofnodi ffurflen.', source: 'familyCarerAccessAdults' },
    consentLpa: { text: 'Nac ydyn, ac mae gen i atwrneiaeth arhosol' },
    consentLpaHint: {
      text: 'Papur cyfreithiol yw hwn, o’r enw LPA, ar gyfer eu hiechyd a’u lles. Mae’n gadael i chi wneud dewisiadau iechyd drostyn nhw.',
      source: 'proxyEvidence',
    },
    consentDeputy: { text: 'Nac ydyn, ac mae llys wedi fy ngwneud yn ddirprwy iddyn nhw' },
    consentDeputyHint: { text: 'Gall llys enwi rhywun, dirprwy, i wneud dewisiadau dros berson.', source: 'proxyEvidence' },
    consentNeither: { text: 'Nac ydyn, a does gen i ddim un o’r rhain' },
    consentNeitherHint: {
      text: 'Efallai y bydd y feddygfa’n dal i roi mynediad i chi os yw er eu lles pennaf. Mae hyn yn golygu beth sydd orau iddyn nhw, gan feddwl am eu dymuniadau.',
      source: 'proxyEvidence',
    },
    errorConsent: { text: 'Dewiswch a ydyn nhw’n gallu cytuno i chi gael mynediad' },

    // What they want to do.
    servicesHeading: { text: 'Beth rydych chi eisiau ei wneud ar-lein?' },
    errorServices: { text: 'Dewiswch o leiaf un peth rydych chi eisiau ei wneud ar-lein' },

    // The record: what you will see, then whether to go on.
    recordHeading: { text: 'Beth byddwch chi’n ei weld mewn cofnod meddyg teulu' },
    recordHeadingProxy: { text: 'Beth byddwch chi’n ei weld yn eu cofnod meddyg teulu' },
    recordIntro: {
      text: 'Mae cofnod meddyg teulu yn cynnwys eich problemau iechyd, moddion, alergeddau, canlyniadau profion, nodiadau a llythyrau.',
      source: 'prospectiveAccess',
    },
    recordIntroProxy: {
      text: 'Mae cofnod meddyg teulu yn cynnwys eu problemau iechyd, moddion, alergeddau, canlyniadau profion, nodiadau a llythyrau.',
      source: 'prospectiveAccess',
    },
    recordExamples: { text: 'Gweld enghreifftiau wedi’u dyfeisio (yn Saesneg)' },
    recordSummaryTitle: { text: 'Crynodeb' },
    recordSummaryText: { text: 'Alergeddau, moddion a phroblemau iechyd.', source: 'nhsGpOnlineServices' },
    // Record examples stay in English: see the note at the top of this file.
    recordSummaryExample: { text: 'Allergy: penicillin, causes a rash. Metformin 500mg BD.' },
    recordImmunisationsTitle: { text: 'Brechlynnau' },
    recordImmunisationsText: { text: 'Brechlynnau a roddwyd.', source: 'prospectiveAccess' },
    recordImmunisationsExample: { text: 'Flu vaccine, 14 October.' },
    recordResultsTitle: { text: 'Canlyniadau profion' },
    recordResultsText: { text: 'Canlyniadau profion gwaed a phrofion eraill.', source: 'prospectiveAccess' },
    recordResultsExample: { text: 'FBC: normal. No action needed.' },
    recordNotesTitle: { text: 'Nodiadau' },
    recordNotesText: {
      text: 'Beth ysgrifennodd y meddyg, y nyrs neu staff eraill ar ôl ymweliad, yn eu geiriau eu hunain.',
      source: 'prospectiveAccess',
    },
    recordNotesExample: { text: 'c/o cough 3/7. Chest clear, no SOB. Rest and fluids. r/v if not better in 1/52.' },
    recordLettersTitle: { text: 'Llythyrau' },
    recordLettersText: {
      text: 'Llythyrau sy’n cael eu hanfon i’r feddygfa, er enghraifft gan ysbyty.',
      source: 'prospectiveAccess',
    },
    recordLettersExample: { text: 'Letter from the skin clinic after your visit.' },
    termButtonHint: { text: '(beth mae hyn yn ei olygu)' },
    termAlsoMeans: { text: 'Gall hefyd olygu: {value}.' },
    termSource: { text: 'Ffynhonnell yr ystyr hwn: {value}.' },
    recordNewEntries: {
      text: 'O 16 oed, mae pobl fel arfer yn gweld cofnodion newydd wrth iddyn nhw gael eu hychwanegu. Mae rhai cofnodion yn cael eu cadw’n ôl, a dydy rhai meddygfeydd ddim wedi dechrau.',
      source: 'prospectiveAccessNews',
    },
    recordUnder16: {
      text: 'Rydych chi o dan 16 oed, felly dydy hyn ddim yn berthnasol i chi eto.',
      source: 'nhsAppAgeRules',
    },
    recordUnder16Child: {
      text: 'Mae eich plentyn o dan 16 oed, felly y feddygfa sy’n penderfynu beth rydych chi’n ei weld.',
      source: 'proxyAgeReviews',
    },
    recordResultsEarly: {
      text: 'Efallai y byddwch chi’n gweld canlyniad cyn i feddyg siarad â chi. Os yw’n eich poeni pan fydd y feddygfa ar gau, ffoniwch 111, neu 999 mewn argyfwng.',
      source: 'nhs111',
    },
    recordMore: { text: 'Rhagor am y cofnod' },
    recordOlder: {
      text: 'Dydy cofnodion hŷn ddim yn dangos ar eu pennau eu hunain. Gofynnwch i’r feddygfa amdanyn nhw. Gofynnwch am yr hyn sydd ei angen arnoch, gan ei fod yn gyflymach. Gall gymryd hyd at 28 diwrnod gwaith. Gallwch hefyd ofyn am gopi o’r cofnod cyfan. Mae hyn am ddim ac yn cymryd hyd at fis.',
      source: 'historicRecords',
    },
    recordWithheld: {
      text: 'Efallai y bydd y feddygfa’n cuddio pethau a allai achosi niwed difrifol, neu sy’n ymwneud â pherson arall.',
      source: 'prospectiveAccess',
    },
    recordNotIn: { text: 'Dydy cofnodion ysbyty, deintydd ac optegydd ddim ynddo, dim ond yr hyn a anfonwyd at y meddyg teulu.', source: 'prospectiveAccess' },
    recordAbbreviations: {
      text: 'Mae nodiadau’n defnyddio byrfoddau a geiriau meddygol. Os nad yw rhywbeth yn glir, gofynnwch i’r feddygfa.',
      source: 'nhsAbbreviations',
    },
    recordAbbreviationsLink: { text: 'Byrfoddau mewn cofnodion iechyd, ar wefan y GIG, yn Saesneg (yn agor mewn tab newydd)', source: 'nhsAbbreviations' },
    recordWrong: {
      text: 'Os yw ffaith yn anghywir, gofynnwch i’r feddygfa ei chywiro. Efallai y bydd barn meddyg yn aros, ond gallan nhw ychwanegu nodyn eich bod yn anghytuno.',
      source: 'amendingRecords',
    },
    recordComplain: {
      text: 'I gwyno, gofynnwch i’r feddygfa yn gyntaf, o fewn 12 mis. Wedyn gallwch fynd at y corff GIG lleol sy’n talu amdani. Os yw’n ymwneud â sut mae eich data’n cael ei ddefnyddio, gallwch fynd at yr ICO, y corff sy’n diogelu hawliau data.',
      source: 'complaints',
    },
    recordMoving: {
      text: 'Os byddwch chi’n symud i feddygfa newydd, mae eich mynediad ar-lein yn dod i ben. Gofynnwch eto yn y feddygfa newydd pan fydd y cofnod wedi symud.',
      source: 'movingPractice',
    },
    recordSwitchOff: {
      text: 'I roi’r gorau i weld y cofnod, dywedwch wrth y feddygfa. Gallwch ddal i drefnu ac archebu. Dydy dileu eich cyfrif GIG ddim yn ei atal.',
      source: 'switchingOff',
    },
    decideHeading: { text: 'Cyn i chi benderfynu' },
    decidePressure: {
      text: 'Eich dewis chi yw hyn. Ddylai neb wneud i chi ddangos eich cofnod. Os bydd rhywun yn gwneud hynny, dywedwch na a dweud wrth y feddygfa.',
      source: 'protectingRecord',
    },
    decidePressureProxy: {
      text: 'Eu cofnod nhw yw hwn. Ddylai neb roi pwysau arnyn nhw i roi mynediad i chi. Gall y feddygfa ddweud na.',
      source: 'protectingRecord',
    },
    decideDevices: {
      text: 'Cadwch eich manylion mewngofnodi i chi’ch hun. Allgofnodwch ar ffôn sy’n cael ei rannu.',
      source: 'protectingRecord',
    },
    decidePast: {
      text: 'Gall y cofnod godi pethau anodd o’r gorffennol. Os gwelwch chi rywbeth am berson arall, dywedwch wrth y feddygfa.',
      source: 'protectingRecord',
    },
    decideQuestion: { text: 'Beth hoffech chi ei wneud?' },
    decideContinue: { text: 'Dal ati' },
    decideStop: { text: 'Stopio am nawr' },
    decideTalk: { text: 'Siarad â’r feddygfa yn gyntaf' },
    decideTalkHint: { text: 'Byddwch chi’n dal i gael y camau nesaf.' },
    errorRecord: { text: 'Dewiswch beth hoffech chi ei wneud' },

    // Proving who you are.
    identityHeading: { text: 'Profi pwy ydych chi' },
    identityQuestion: { text: 'Oes gennych chi ddogfen adnabod â llun?' },
    identityHint: { text: 'Pasbort, trwydded yrru yn y DU, cerdyn adnabod Ewropeaidd neu drwydded breswylio. Nid copi.' },
    identityWhy: {
      text: 'I weld cofnod ar-lein, rydych chi’n profi pwy ydych chi gydag NHS login. Mae angen cyfeiriad e-bost a rhif ffôn arnoch. Mae llinell dir yn iawn.',
      source: 'nhsLoginSetup',
    },
    identityPhoto: {
      text: 'Gyda dogfen â llun: rydych chi’n tynnu llun ohoni yn yr NHS App, yna sgan o’ch wyneb neu fideo byr.',
      source: 'photoIdCheck',
    },
    identityDetails: {
      text: 'Heb ddogfen â llun: mae’r feddygfa’n rhoi 3 manylyn i chi eu teipio yn yr ap. Dyma ei chod, ID cyfrif (account ID) ac allwedd gysylltu (linkage key) neu gyfrinymadrodd (passphrase), math o gyfrinair.',
      source: 'noPhotoIdCheck',
    },
    identityInPerson: {
      text: 'Yn y feddygfa: mae staff yn gwirio eich dogfen adnabod. Os nad oes gennych un, efallai y gall staff sy’n eich adnabod warantu pwy ydych chi. Mae hyn yn golygu eu bod yn dweud eu bod yn gwybod pwy ydych chi.',
      source: 'identityVerification',
    },
    identityYes: { text: 'Oes' },
    identityNo: { text: 'Nac oes' },
    errorIdentity: { text: 'Dewiswch ‘Oes’ os oes gennych chi ddogfen adnabod â llun' },

    // Kinds of help (listed on the checklist and on the leaving step).
    supportLargePrint: { text: 'print bras', source: 'aisScope' },
    supportBsl: { text: 'dehonglydd Iaith Arwyddion Prydain (BSL)', source: 'aisScope' },
    supportEasyRead: { text: 'gwybodaeth hawdd ei darllen', source: 'aisScope' },
    supportStaffHelp: { text: 'help gan staff i fynd ar-lein' },
    supportReadingHelp: { text: 'rhywun i’ch helpu i ddarllen y cofnod' },
    supportReadingAids: {
      text: 'I wneud testun yn fwy, daliwch Ctrl (Cmd ar Mac) a phwyso +. Mae’r ychwanegyn Record Access Aids yn ychwanegu cymhorthion darllen at wefannau cofnodion.',
    },

    // Contact routes.
    contactPhone: { text: 'Ffôn: {value}' },
    contactEmail: { text: 'E-bost: {value}' },
    contactSms: { text: 'Neges destun: {value}' },
    contactOnlineForm: { text: 'Ffurflen ar-lein' },
    contactBslVideoRelay: { text: 'Gwasanaeth cyfnewid fideo BSL' },
    contactFind: {
      text: 'Chwiliwch am rif ffôn a chyfeiriad {practice} ar ei gwefan, neu ar wefan y GIG:',
      source: 'findGp',
    },
    contactFindLink: { text: 'Dod o hyd i feddyg teulu ar wefan y GIG (yn Saesneg)', source: 'findGp' },

    // Check your answers.
    checkHeading: { text: 'Gwirio eich atebion' },
    checkWho: { text: 'Ar gyfer pwy' },
    checkAge: { text: 'Oed' },
    checkConsent: { text: 'Ydyn nhw’n gallu cytuno' },
    checkServices: { text: 'Beth rydych chi eisiau ei wneud' },
    checkDecision: { text: 'Eich dewis' },
    checkIdentity: { text: 'Dogfen adnabod â llun' },
    checkNone: { text: 'Dim' },
    checkChangeWho: { text: 'ar gyfer pwy' },
    checkChangeAge: { text: 'oed' },
    checkChangeConsent: { text: 'a ydyn nhw’n gallu cytuno' },
    checkChangeServices: { text: 'beth rydych chi eisiau ei wneud' },
    checkChangeDecision: { text: 'eich dewis' },
    checkChangeIdentity: { text: 'dogfen adnabod â llun' },
    checkSubmit: { text: 'Dangos fy nghamau nesaf' },

    // Your next steps.
    nextHeading: { text: 'Eich camau nesaf' },
    nextIntro: { text: 'Gwnewch y pethau hyn yn eu trefn. Gallwch argraffu’r rhestr hon neu ei chadw.' },
    nextTalkFirst: { text: 'Siaradwch â staff {practice} cyn i chi gofrestru. Gofynnwch am unrhyw beth nad ydych chi’n siŵr ohono.' },
    nextUnder13AskParent: {
      text: 'Gofynnwch i’ch rhiant neu warcheidwad siarad â staff {practice}. Gallan nhw ofyn am fynediad ar eich rhan.',
      source: 'nhsAppAgeRules',
    },
    nextTeenContact: {
      text: 'Cysylltwch â staff {practice} a gofyn am weld eich cofnod ar-lein. Efallai y byddan nhw eisiau siarad â chi yn gyntaf.',
      source: 'nhsAppAgeRules',
    },
    nextVisitPractice: { text: 'Ewch i {practice} unwaith. Gofynnwch am eich manylion ar gyfer gwasanaethau ar-lein.', source: 'noPhotoIdCheck' },
    nextProxyVisit: {
      text: 'Gofynnwch i staff {practice} am fynediad i’w cofnod. Efallai y bydd angen i’r ddau ohonoch lenwi ffurflen.',
      source: 'familyCarerAccessAdults',
    },
    nextGetApp: {
      text: 'Cewch yr NHS App, neu defnyddiwch wefan y GIG ar gyfrifiadur. Trefnwch NHS login gyda’ch cyfeiriad e-bost a’ch rhif ffôn.',
      source: 'nhsLoginSetup',
    },
    nextProvePhotoId: {
      text: 'Yn yr ap, dewiswch brofi pwy ydych chi gyda dogfen â llun. Tynnwch lun ohoni, yna sgan o’ch wyneb neu fideo byr.',
      source: 'photoIdCheck',
    },
    nextWaitForEmail: {
      text: 'Arhoswch am e-bost i ddweud ei fod wedi gweithio. Gall gymryd 24 awr, neu fwy ar benwythnosau.',
      source: 'photoIdCheck',
    },
    nextRegistrationDetailsUse: {
      text: 'Yn yr ap, dewiswch brofi pwy ydych chi heb ddogfen â llun. Teipiwch y 3 manylyn gan y feddygfa.',
      source: 'noPhotoIdCheck',
    },
    nextOdsCode: { text: 'Cod y feddygfa ar gyfer {practice} yw {ods}.' },
    nextProxyLinkedProfile: {
      text: 'Pan fydd y feddygfa’n dweud bod eich mynediad yn barod, newidiwch i’w proffil yn yr NHS App.',
      source: 'proxyInNhsApp',
    },
    nextRecordNewEntries: {
      text: 'Ar ôl i chi fynd i mewn, byddwch fel arfer yn gweld cofnodion newydd. I weld rhai hŷn, gofynnwch i’r feddygfa.',
      source: 'prospectiveAccess',
    },
    nextAskSupport: {
      text: 'Os oes angen help arnoch, dywedwch wrth staff {practice}. Rhaid iddyn nhw ddiwallu anghenion sy’n dod o anabledd neu golli golwg neu glyw. Gallwch ofyn am:',
      source: 'aisScope',
    },
    nextGetHelp: { text: 'Os byddwch chi’n mynd yn sownd, cysylltwch â staff {practice}, neu edrychwch ar dudalennau help yr NHS App.', source: 'nhsApp' },
    detailBringPhotoId: { text: 'Ewch â’ch dogfen adnabod â llun.', source: 'familyCarerAccessAdults' },
    detailBringAnyId: {
      text: 'Ewch ag unrhyw ddogfen adnabod sydd gennych. Heb un, gofynnwch a all staff sy’n eich adnabod warantu pwy ydych chi.',
      source: 'identityVerification',
    },
    detailAskRegistrationDetails: { text: 'Gofynnwch am eich 3 manylyn eich hun ar gyfer gwasanaethau ar-lein.', source: 'noPhotoIdCheck' },
    detailRegistrationHours: { text: 'Pryd i fynd: {hours}' },
    detailParentalResponsibility: {
      text: 'Ewch â phrawf mai chi yw eu rhiant neu warcheidwad, fel tystysgrif geni, papurau mabwysiadu neu orchymyn llys.',
      source: 'proxyEvidence',
    },
    detailConsentYes: { text: 'Mae angen iddyn nhw gytuno. Gallan nhw ddod gyda chi neu lofnodi ffurflen.', source: 'familyCarerAccessAdults' },
    detailConsentLpa: { text: 'Ewch â’r LPA iechyd a lles, neu gopi wedi’i lofnodi fel copi cywir.', source: 'proxyEvidence' },
    detailConsentDeputy: { text: 'Ewch â gorchymyn y llys sy’n eich enwi fel eu dirprwy.', source: 'proxyEvidence' },
    detailConsentNeither: { text: 'Bydd y feddygfa’n penderfynu a yw mynediad er eu lles pennaf.', source: 'proxyEvidence' },
    detailDifferentPractice: { text: 'Os ydyn nhw mewn meddygfa arall, gofynnwch i’r feddygfa honno yn lle hynny.', source: 'proxyLimits' },
    detailNoSmartphone: { text: 'Dim ffôn clyfar? Defnyddiwch wefan y GIG ar gyfrifiadur neu lechen.', source: 'nhsApp' },
    detailNoEmail: {
      text: 'Dim cyfeiriad e-bost? Gofynnwch i rywun rydych chi’n ymddiried ynddo eich helpu i wneud un am ddim, neu holwch staff {practice} am ffyrdd eraill.',
      source: 'nhsLoginSetup',
    },
    detailFaceScan: {
      text: 'Os gall golau’n fflachio achosi ffitiau i chi, dewiswch y fideo. Yn y fideo gallwch arwyddo neu ysgrifennu’r rhifau.',
      source: 'photoIdCheck',
    },
    detailProxyOwnLogin: { text: 'Mewngofnodwch fel chi’ch hun bob amser, byth fel nhw.', source: 'familyCarerAccessAdults' },
    detailChildAccessEnds: {
      text: 'Bydd eich mynediad yn cael ei adolygu wrth iddyn nhw dyfu. Gall ddod i ben o 11 oed, ac mae’n dod i ben yn 16 oed.',
      source: 'proxyAgeReviews',
    },
    linkAppStore: { text: 'NHS App ar yr App Store' },
    linkGooglePlay: { text: 'NHS App ar Google Play' },
    linkNhsWebsite: { text: 'Defnyddio’r NHS App ar gyfrifiadur' },
    linkAppHelp: { text: 'Tudalennau help yr NHS App (yn Saesneg)' },
    nextOtherApps: { text: 'Mae {practice} hefyd yn gweithio gyda’r apiau hyn: {value}.' },
    // App names stay as their makers write them.
    portalPatientAccess: { text: 'Patient Access' },
    portalSystmonline: { text: 'SystmOnline' },
    portalAirmid: { text: 'Airmid' },
    portalEvergreenLife: { text: 'Evergreen Life' },
    portalMygp: { text: 'myGP' },
    portalPatientsKnowBest: { text: 'Patients Know Best' },
    nextContactHeading: { text: 'Sut i gysylltu â staff {practice}' },
    startAgain: { text: 'Dechrau eto' },

    // Leaving part-way, and the help that fits the reason given.
    leavingHeading: { text: 'Beth sy’n eich atal chi?' },
    leavingHint: { text: 'Does dim rhaid i chi ateb. Os gwnewch chi, byddwn yn dangos help sy’n addas.' },
    leavingCannotRegister: { text: 'Dwi ddim yn gallu cofrestru na phrofi pwy ydw i' },
    leavingConfidentiality: { text: 'Dwi ddim yn siŵr pwy allai weld fy nghofnod' },
    leavingAccessNeeds: { text: 'Mae gen i anghenion mynediad neu synhwyraidd' },
    leavingWorried: { text: 'Dwi’n poeni am beth y bydda i’n ei weld' },
    leavingNoPoint: { text: 'Dwi ddim yn gweld y pwynt' },
    leavingOther: { text: 'Rhywbeth arall' },
    leavingSubmit: { text: 'Gorffen' },
    leavingDoneHeading: { text: 'Diolch' },
    leavingDone: { text: 'Gallwch ddod yn ôl at y canllaw hwn unrhyw bryd.' },
    leavingHelp: { text: 'Gall staff {practice} eich helpu i fynd ar-lein, neu ateb eich cwestiynau yn gyntaf.' },
    helpCannotRegister: {
      text: 'Heb ddogfen â llun, gall y feddygfa roi 3 manylyn i chi gofrestru gyda nhw. Efallai y gall staff sy’n eich adnabod warantu pwy ydych chi. Mae llinell dir yn iawn ar gyfer y rhif ffôn.',
      source: 'noPhotoIdCheck',
    },
    helpConfidentiality: {
      text: 'Dim ond chi sy’n gweld eich cofnod, oni bai eich bod yn rhoi mynediad i rywun. Cadwch eich manylion mewngofnodi i chi’ch hun. Os bydd rhywun yn gwneud i chi ddangos iddyn nhw, dywedwch wrth y feddygfa. Gall ddiffodd y mynediad.',
      source: 'protectingRecord',
    },
    helpWorried: {
      text: 'Gallwch siarad â’r feddygfa yn gyntaf. Os yw canlyniad yn eich poeni pan fydd ar gau, ffoniwch 111. Mewn argyfwng, ffoniwch 999. Gallwch ddiffodd y mynediad yn nes ymlaen.',
      source: 'nhs111',
    },
    helpNoPoint: {
      text: 'Ar-lein, gallwch weld canlyniadau profion a nodiadau pan fydd yn gyfleus i chi, ac archebu moddion heb ffonio.',
      source: 'nhsGpOnlineServices',
    },

    // Languages, printing and downloading the checklist.
    languageSwitchPrefix: { text: 'Darllen y canllaw hwn yn' },
    languageChanged: { text: 'Mae’r canllaw hwn nawr yn Gymraeg.' },
    languageLoadFailed: {
      text: 'Mae’n ddrwg gennym, doedd dim modd dangos y canllaw yn {value} y tro hwn, felly mae’n dal yn Gymraeg. Rhowch gynnig arall arni yn nes ymlaen.',
    },
    stepsLoading: { text: 'Wrthi’n paratoi’r cam nesaf.' },
    stepsLoadFailed: {
      text: 'Mae’n ddrwg gennym, nid yw gweddill y canllaw hwn yn gweithio ar y dudalen hon ar hyn o bryd. Mae eich atebion wedi’u cadw. Rhowch gynnig arall arni yn nes ymlaen, neu cysylltwch â {practice}.',
    },
    stepsBlocked: { text: 'Mae’n ddrwg gennym, does dim modd dangos gweddill y canllaw hwn ar y dudalen hon. Cysylltwch â {practice} am help.' },
    guideUnavailable: { text: 'Mae’n ddrwg gennym, does dim modd dangos y canllaw hwn ar y dudalen hon.' },
    languageBlocked: { text: 'Mae’n ddrwg gennym, does dim modd dangos y canllaw yn {value} ar y dudalen hon, felly mae’n dal yn Gymraeg.' },
    printChecklist: { text: 'Argraffu’r rhestr hon' },
    downloadChecklist: { text: 'Lawrlwytho’r rhestr hon' },
    downloadChecklistHint: { text: 'Mae’n cadw fel ffeil destun y gallwch ei chadw, ei hargraffu neu ei darllen ar unrhyw ddyfais.' },
    checklistFileName: { text: 'camau-nesaf' },
    checklistMadeOn: { text: 'Gwnaed ar {value}.' },
    checklistPracticeCode: { text: 'Cod y feddygfa (cod ODS): {value}' },
    checklistRegistrationHours: { text: 'Pryd i fynd i mewn i gofrestru: {value}' },

    // Saved progress (widget/storage): how this guide keeps answers on the device.
    resumeHeading: { text: 'Ydych chi eisiau parhau o’r man lle gwnaethoch chi adael?' },
    resumeReached: { text: 'Gwnaethoch chi ddechrau’r canllaw hwn ar y ddyfais hon o’r blaen. Gwnaethoch chi gyrraedd: {step}' },
    resumeContinue: { text: 'Parhau o’r man lle gwnaethoch chi adael' },
    resumeStartAgain: { text: 'Dechrau eto' },
    resumeStartAgainHint: { text: 'Os byddwch chi’n dechrau eto, bydd yr atebion sydd wedi’u cadw ar y ddyfais hon yn cael eu clirio.' },
    // Looked up with the number of days; Welsh puts the singular noun after a number, so one form serves every count.
    savedOnDevice: {
      text: 'Mae eich atebion yn cael eu cadw ar y ddyfais hon am {days} diwrnod, fel y gallwch chi ddod yn ôl yn nes ymlaen. Mewn ffenestr breifat neu incognito, bydd eich porwr yn eu dileu pan fyddwch chi’n cau’r pori preifat. Os yw pobl eraill yn defnyddio’r ddyfais hon, cliriwch eich atebion pan fyddwch chi wedi gorffen.',
    },
    clearAnswers: { text: 'Clirio fy atebion' },
    answersCleared: { text: 'Mae eich atebion wedi cael eu clirio o’r ddyfais hon.' },
    eraseClearHeading: { text: 'Ydych chi’n siŵr eich bod eisiau clirio eich atebion?' },
    eraseStartAgainHeading: { text: 'Ydych chi’n siŵr eich bod eisiau dechrau eto?' },
    eraseCannotUndo: { text: 'Mae hyn yn dileu eich holl atebion o’r ddyfais hon. Ni allwch eu cael yn ôl.' },
    eraseClearYes: { text: 'Ydw, cliriwch fy atebion' },
    eraseStartAgainYes: { text: 'Ydw, dechrau eto' },
    eraseNo: { text: 'Na, ewch yn ôl' },
    progressNotSaved: {
      text: 'Does dim modd cadw eich cynnydd ar y ddyfais hon. Gallwch chi ddal i ddefnyddio’r canllaw hwn, ond os byddwch chi’n gadael neu’n ail-lwytho’r dudalen hon, bydd angen i chi ddechrau eto.',
    },
    progressDiscarded: {
      text: 'Doedd dim modd darllen yr atebion a gafodd eu cadw ar y ddyfais hon, felly maen nhw wedi cael eu dileu. Dechreuwch eto, os gwelwch yn dda.',
    },
  },

  // The short forms in the record examples, explained in Welsh (English in glossary-terms.ts; the
  // sources of their meanings are the same).
  glossary: {
    fbc: {
      expansion: 'full blood count: cyfrif gwaed llawn',
      explanation: 'Prawf gwaed cyffredin sy’n cyfrif y celloedd coch, y celloedd gwyn a’r platennau yn eich gwaed. Gall ddangos arwyddion o anemia neu haint.',
    },
    bd: {
      expansion: 'bis die',
      explanation: 'Dwywaith y dydd. Ar bresgripsiwn, mae’n golygu cymryd y moddion ddwywaith bob dydd, yn aml yn y bore a gyda’r nos.',
      otherMeanings: ['mae BD hefyd yn enw brand sydd wedi’i argraffu ar rai nodwyddau a chwistrelli'],
      advice: 'Gall y llythrennau hyn olygu pethau gwahanol. Os nad ydych chi’n siŵr beth mae’r cofnod yn ei olygu, gofynnwch i’r feddygfa.',
    },
    mg: {
      expansion: 'milligram: miligram',
      explanation: 'Miligram: uned fach iawn o bwysau sy’n cael ei defnyddio ar gyfer dosau moddion. Mae 1000 mg yn gwneud 1 gram.',
    },
    'complains-of': {
      expansion: 'complains of: yn cwyno am',
      explanation: 'Beth ddywedoch chi wrth y clinigwr oedd yn eich poeni, er enghraifft mae “c/o cough” yn golygu eich bod wedi dod oherwydd peswch.',
      otherMeanings: ['“care of” (d/o, drwy law) mewn cyfeiriad'],
      advice: 'Gall y llythrennau hyn olygu pethau gwahanol. Os nad ydych chi’n siŵr beth mae’r cofnod yn ei olygu, gofynnwch i’r feddygfa.',
    },
    sob: {
      expansion: 'short of breath: byr o wynt',
      explanation: 'Byr o wynt: ei chael yn anodd anadlu neu deimlo na allwch gael digon o aer.',
    },
    review: {
      expansion: 'review: adolygiad',
      explanation: 'Adolygiad: apwyntiad i weld sut mae pethau’n mynd, er enghraifft mae “r/v 2/52” yn golygu adolygiad ymhen 2 wythnos.',
    },
    'count-days': {
      expansion: 'days: diwrnodau',
      explanation: 'Nifer o ddiwrnodau: y rhif cyn /7 yw nifer y diwrnodau. Er enghraifft, mae 5/7 yn golygu 5 diwrnod.',
      otherMeanings: ['dyddiad ym mis Gorffennaf heb y flwyddyn, fel 5/7 ar gyfer 5 Gorffennaf'],
      advice: 'Gall y llythrennau hyn olygu pethau gwahanol. Os nad ydych chi’n siŵr beth mae’r cofnod yn ei olygu, gofynnwch i’r feddygfa.',
    },
    'count-weeks': {
      expansion: 'weeks: wythnosau',
      explanation: 'Nifer o wythnosau: y rhif cyn /52 yw nifer yr wythnosau. Er enghraifft, mae 2/52 yn golygu 2 wythnos.',
    },
  },
} satisfies LocaleFile;

export default cy;
