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
    stepAnnouncement: { text: 'Cam {step} o {count}: {title}' },
    back: { text: 'Yn ôl' },
    continue: { text: 'Parhau' },
    startNow: { text: 'Dechrau nawr' },
    stopForNow: { text: 'Rwyf eisiau stopio am nawr' },
    quickExit: { text: 'Gadael y dudalen hon nawr' },
    quickExitHint: { text: 'Mae hyn yn mynd â chi i wefan arall ar unwaith, ac yn clirio’ch atebion o’r ddyfais hon.' },
    listen: { text: 'Gwrando' },
    listenStop: { text: 'Stopio gwrando' },
    listenStarted: { text: 'Yn darllen y cam hwn yn uchel.' },
    listenFinished: { text: 'Wedi gorffen darllen y cam hwn.' },
    listenLoadFailed: { text: 'Mae’n ddrwg gennym, nid yw darllen yn uchel yn gweithio ar y dudalen hon ar hyn o bryd. Gallwch ddal i ddarllen y cam hwn ar y sgrin, neu bwyso Gwrando i roi cynnig arall arni.' },
    quickExitBlocked: { text: 'Doedd dim modd cau’r dudalen hon i chi. I’w chuddio, caewch y tab neu’r ffenestr hon nawr. Neu pwyswch Gadael y dudalen hon nawr eto i adael y canllaw.' },
    listenNoVoice: { text: 'Mae angen llais ar y ddyfais hon i ddarllen yn uchel, ac ni chafwyd hyd i un. Gallwch ychwanegu un yng ngosodiadau eich ffôn neu gyfrifiadur, o dan lefaru neu destun i leferydd.' },
    change: { text: 'Newid' },
    selectAllThatApply: { text: 'Dewiswch bob un sy’n berthnasol.' },
    errorSummaryTitle: { text: 'Mae problem' },
    errorPrefix: { text: 'Gwall:' },
    exampleLabel: { text: 'Enghraifft wedi’i dyfeisio:' },

    // Step 1: start.
    startHeading: { text: 'Defnyddio eich meddygfa ar-lein' },
    startIntro: {
      text: 'Mae gwasanaethau meddyg teulu ar-lein yn gadael i chi wneud rhai pethau heb ffonio na mynd i mewn, ar unrhyw adeg o’r dydd.',
      source: 'nhsGpOnlineServices',
    },
    startOffers: { text: 'Gyda gwasanaethau ar-lein {practice}, gallwch chi:' },
    startFree: {
      text: 'Maen nhw am ddim. Gall pawb sydd wedi cofrestru gyda meddygfa yn Lloegr ofyn am gael eu defnyddio.',
      source: 'nhsGpOnlineServices',
    },
    startWhy: {
      text: 'Mae llawer o bobl yn eu cael yn ddefnyddiol. Gallwch weld canlyniadau profion a nodiadau o’ch apwyntiadau yn eich amser eich hun, heb aros i siarad â rhywun.',
      source: 'prospectiveAccess',
    },
    startHow: { text: 'Mae’r canllaw hwn yn gofyn ychydig o gwestiynau. Ar y diwedd, cewch restr o’r hyn i’w wneud nesaf. Mae eich atebion yn aros ar y ddyfais hon.' },
    startHelp: { text: 'Os oes angen help arnoch, gofynnwch i staff {practice}.' },

    // Services a practice may offer.
    serviceRecord: { text: 'gweld eich cofnod iechyd meddyg teulu', source: 'nhsGpOnlineServices' },
    serviceAppointments: { text: 'trefnu a chanslo apwyntiadau', source: 'nhsGpOnlineServices' },
    servicePrescriptions: { text: 'archebu presgripsiynau amlroddadwy', source: 'nhsGpOnlineServices' },
    serviceMessages: { text: 'anfon a darllen negeseuon gyda’r feddygfa', source: 'nhsApp' },

    // Step 2: who it is for.
    whoHeading: { text: 'Ar gyfer pwy rydych chi eisiau defnyddio gwasanaethau ar-lein?' },
    whoMyself: { text: 'Fi fy hun' },
    whoChild: { text: 'Fy mhlentyn' },
    whoChildHint: { text: 'Plentyn rydych chi’n rhiant neu’n warcheidwad iddo.' },
    whoAdult: { text: 'Oedolyn arall rwy’n ei helpu' },
    whoAdultHint: { text: 'Er enghraifft, aelod o’r teulu rydych chi’n gofalu amdano.' },
    errorWho: { text: 'Dewiswch ar gyfer pwy rydych chi eisiau defnyddio gwasanaethau ar-lein' },

    // Proxy (family and carer access).
    proxyChildHeading: { text: 'Defnyddio gwasanaethau ar-lein ar gyfer eich plentyn' },
    proxyAdultHeading: { text: 'Defnyddio gwasanaethau ar-lein ar gyfer oedolyn arall' },
    proxyName: {
      text: 'Mae’r GIG yn galw hyn yn fynediad i deulu a gofalwyr. Mae hefyd yn cael ei alw’n fynediad drwy ddirprwy.',
      source: 'familyCarerAccessAdults',
    },
    proxyPractice: {
      text: 'Y feddygfa sy’n penderfynu beth gallwch chi ei wneud. Efallai y byddan nhw’n gadael i chi drefnu apwyntiadau, archebu presgripsiynau a gweld rhan o’r cofnod neu’r cyfan ohono.',
      source: 'proxyInNhsApp',
    },
    proxyOwnLogin: {
      text: 'Rydych chi bob amser yn defnyddio eich manylion mewngofnodi eich hun, byth rhai’r person arall.',
      source: 'familyCarerAccessAdults',
    },
    proxyChildResponsibility: {
      text: 'Mae angen i chi fod â chyfrifoldeb rhiant dros y plentyn. Bydd y feddygfa’n gwirio hyn, er enghraifft o dystysgrif geni neu dystysgrif mabwysiadu.',
      source: 'proxyEvidence',
    },
    proxyChildSay: {
      text: 'O tua 11 oed, mae gan y plentyn ei lais ei hun. Os yw’n deall, bydd y feddygfa’n gofyn beth mae eisiau.',
      source: 'proxyAgeReviews',
    },
    proxyChildChanges: {
      text: 'Mae eich mynediad fel arfer yn newid wrth i’ch plentyn dyfu. Fel arfer, mae’n cael ei adolygu pan fydd rhwng 11 a 13 oed. Mae’n cael ei atal yn 16 oed oni bai ei fod yn cael ei drefnu eto.',
      source: 'proxyAgeReviews',
    },
    proxyAdultConsent: {
      text: 'Fel arfer, mae angen i’r person ddeall a chytuno i chi gael mynediad.',
      source: 'familyCarerAccessAdults',
    },
    proxyAdultCapacity: {
      text: 'Os nad yw’n gallu deall na chytuno, er enghraifft oherwydd dementia, efallai y bydd y feddygfa’n dal i roi mynediad i chi os yw hynny er ei les pennaf.',
      source: 'familyCarerAccessAdults',
    },
    proxyAdultAttorney: {
      text: 'Os oes gennych atwrneiaeth arhosol ar gyfer iechyd a lles, neu os mai chi yw ei ddirprwy a benodwyd gan y llys, dywedwch wrth y feddygfa a dangoswch y papurau iddyn nhw.',
      source: 'proxyEvidence',
    },
    proxySamePractice: {
      text: 'I ddefnyddio’r NHS App ar gyfer rhywun arall, mae angen i’r ddau ohonoch fod wedi cofrestru yn yr un feddygfa. Os nad ydych chi, gall y feddygfa ddweud wrthych pa ap neu wefan arall i’w defnyddio.',
      source: 'familyCarerAccessAdults',
    },

    // Step 3: age.
    ageHeadingSelf: { text: 'Faint yw eich oed chi?' },
    ageHeadingChild: { text: 'Faint yw oed eich plentyn?' },
    age16Plus: { text: '16 oed neu drosodd' },
    age13To15: { text: '13 i 15 oed' },
    ageUnder13: { text: 'O dan 13 oed' },
    age16PlusHintSelf: {
      text: 'Gallwch gofrestru eich hun, a byddwch yn gweld cofnodion newydd yn eich cofnod.',
      source: 'prospectiveAccessNews',
    },
    age13To15HintSelf: {
      text: 'Gallwch ddefnyddio’r NHS App, ond allwch chi ddim cofrestru eich hun i weld eich cofnod. Mae angen i chi ofyn i’r feddygfa yn gyntaf.',
      source: 'nhsAppAgeRules',
    },
    ageUnder13HintSelf: {
      text: 'Allwch chi ddim defnyddio’r NHS App eto. Gall rhiant neu warcheidwad ofyn i’r feddygfa am fynediad ar eich rhan.',
      source: 'nhsAppAgeRules',
    },
    age16PlusHintChild: {
      text: 'Yn 16 oed, maen nhw fel arfer yn cael eu trin fel rhywun sy’n gallu penderfynu drostyn nhw eu hunain. Bydd angen iddyn nhw gytuno i chi gael mynediad.',
      source: 'familyCarerAccessAdults',
    },
    age13To15HintChild: {
      text: 'Efallai y gallan nhw ddefnyddio’r NHS App eu hunain, os yw’r feddygfa’n cytuno. Bydd y feddygfa’n gofyn beth maen nhw eisiau.',
      source: 'nhsAppAgeRules',
    },
    ageUnder13HintChild: {
      text: 'Allan nhw ddim defnyddio’r NHS App. Gallwch ofyn i’r feddygfa gysylltu eu cofnod â’ch cyfrif chi.',
      source: 'nhsAppAgeRules',
    },
    errorAge: { text: 'Dewiswch faint yw eich oed' },
    errorAgeChild: { text: 'Dewiswch faint yw oed eich plentyn' },

    // Step 4: what they want to do.
    servicesHeading: { text: 'Beth rydych chi eisiau ei wneud ar-lein?' },
    errorServices: { text: 'Dewiswch o leiaf un peth rydych chi eisiau ei wneud ar-lein' },

    // Step 5: what you will see.
    recordHeading: { text: 'Beth byddwch chi’n ei weld mewn cofnod meddyg teulu' },
    recordIntro: { text: 'Mae gan gofnod meddyg teulu wahanol rannau. Dyma beth yw pob rhan, gydag enghraifft wedi’i dyfeisio. Mae’r enghreifftiau yn Saesneg, fel cofnodion meddygfeydd yn Lloegr.' },
    recordSummaryTitle: { text: 'Crynodeb' },
    recordSummaryText: { text: 'Eich alergeddau, y moddion rydych chi’n eu cymryd a’ch problemau iechyd.', source: 'nhsGpOnlineServices' },
    // Record examples stay in English: see the note at the top of this file.
    recordSummaryExample: { text: 'Allergy: penicillin, causes a rash. Metformin 500mg BD.' },
    recordImmunisationsTitle: { text: 'Imiwneiddiadau' },
    recordImmunisationsText: { text: 'Brechlynnau rydych chi wedi’u cael.', source: 'prospectiveAccess' },
    recordImmunisationsExample: { text: 'Flu vaccine, 14 October.' },
    recordResultsTitle: { text: 'Canlyniadau profion' },
    recordResultsText: { text: 'Canlyniadau profion gwaed a phrofion eraill.', source: 'prospectiveAccess' },
    recordResultsExample: { text: 'FBC: normal. No action needed.' },
    recordNotesTitle: { text: 'Nodiadau o apwyntiadau' },
    recordNotesText: {
      text: 'Beth ysgrifennodd y meddyg, y nyrs neu staff eraill am eich apwyntiad, yn eu geiriau eu hunain.',
      source: 'prospectiveAccess',
    },
    recordNotesExample: { text: 'c/o cough 3/7. Chest clear, no SOB. Rest and fluids. r/v if not better in 1/52.' },
    recordLettersTitle: { text: 'Llythyrau a dogfennau' },
    recordLettersText: {
      text: 'Llythyrau sy’n cael eu hanfon i’r feddygfa, er enghraifft gan glinig ysbyty ar ôl i chi gael eich gweld yno.',
      source: 'prospectiveAccess',
    },
    recordLettersExample: { text: 'Letter from the skin clinic after your appointment.' },
    termButtonHint: { text: '(beth mae hyn yn ei olygu)' },
    termAlsoMeans: { text: 'Gall hefyd olygu: {value}.' },
    termSource: { text: 'Ffynhonnell yr ystyr hwn: {value}.' },
    recordWhenHeading: { text: 'Beth rydych chi’n ei weld, ac o bryd' },
    recordNewEntries: {
      text: 'Ers 31 Hydref 2023, mae pobl 16 oed a throsodd sydd â chyfrif ar-lein yn gweld cofnodion newydd yn eu cofnod yn awtomatig.',
      source: 'prospectiveAccessNews',
    },
    recordOlder: {
      text: 'Dydy cofnodion hŷn ddim yn cael eu dangos yn awtomatig. Gallwch ofyn i’r feddygfa amdanyn nhw.',
      source: 'prospectiveAccess',
    },
    recordWithheld: {
      text: 'Efallai y bydd y feddygfa’n cuddio rhai pethau. Maen nhw’n gwneud hyn os gallai eu gweld achosi niwed difrifol i chi neu i rywun arall, neu os ydyn nhw’n ymwneud â pherson arall.',
      source: 'prospectiveAccess',
    },
    recordResultsEarly: {
      text: 'Efallai y byddwch chi’n gweld canlyniad prawf cyn i feddyg neu nyrs siarad â chi amdano.',
      source: 'prospectiveAccess',
    },
    recordAbbreviations: {
      text: 'Mae nodiadau yn aml yn defnyddio byrfoddau a geiriau meddygol. Os nad ydych chi’n deall rhywbeth, gofynnwch i’r feddygfa.',
      source: 'nhsAbbreviations',
    },
    recordAbbreviationsLink: { text: 'Byrfoddau mewn cofnodion iechyd, ar wefan y GIG, yn Saesneg (yn agor mewn tab newydd)', source: 'nhsAbbreviations' },
    recordWrong: {
      text: 'Os ydych chi’n meddwl bod rhywbeth yn anghywir, dywedwch wrth y feddygfa. Gallan nhw gywiro camgymeriad. Os barn meddyg yw hi, efallai y byddan nhw’n ei chadw, ond gallwch ofyn iddyn nhw ychwanegu nodyn i ddweud eich bod yn anghytuno.',
      source: 'amendingRecords',
    },

    // Step 6: before you decide.
    decideHeading: { text: 'Cyn i chi benderfynu' },
    decideIntro: { text: 'Eich dewis chi yw gweld eich cofnod ar-lein. Meddyliwch am y pethau hyn yn gyntaf.' },
    decidePressure: {
      text: 'Ddylai neb wneud i chi ddangos eich cofnod iddyn nhw. Os oes rhywun yn rhoi pwysau arnoch chi, gallwch ddweud na wrth fynediad ar-lein, a gallwch ddweud wrth y feddygfa.',
      source: 'protectingRecord',
    },
    decideDevices: {
      text: 'Cadwch eich manylion mewngofnodi i chi eich hun. Ar ffôn neu gyfrifiadur sy’n cael ei rannu, allgofnodwch pan fyddwch chi’n gorffen. Cadwch gopïau papur mewn lle diogel.',
      source: 'protectingRecord',
    },
    decidePast: {
      text: 'Efallai y bydd eich cofnod yn sôn am bethau anodd o’r gorffennol roeddech chi wedi’u hanghofio, neu y byddai’n well gennych beidio â’u darllen.',
      source: 'protectingRecord',
    },
    decideOthers: {
      text: 'Os ydych chi’n gweld gwybodaeth am rywun arall, dywedwch wrth y feddygfa.',
      source: 'protectingRecord',
    },
    decideQuestion: { text: 'Beth hoffech chi ei wneud?' },
    decideContinue: { text: 'Dal ati' },
    decideStop: { text: 'Stopio am nawr' },
    decideTalk: { text: 'Siarad â’r feddygfa yn gyntaf' },
    decideTalkHint: { text: 'Byddwn yn dal i ddangos y camau nesaf i chi, er mwyn i chi wybod beth i’w ofyn.' },
    errorDecide: { text: 'Dewiswch beth hoffech chi ei wneud' },

    // Step 7: proving who you are.
    identityHeading: { text: 'Profi pwy ydych chi' },
    identityQuestion: { text: 'Oes gennych chi ddull adnabod â llun?' },
    identityHint: { text: 'Er enghraifft, pasbort neu drwydded yrru.' },
    identityWhy: {
      text: 'I weld cofnod meddyg teulu ar-lein, mae’n rhaid i chi brofi pwy ydych chi. Mae ffyrdd gwahanol o wneud hyn.',
      source: 'identityVerification',
    },
    identityPhoto: {
      text: 'Gyda dull adnabod â llun: rydych chi’n gwneud hyn yn yr NHS App. Rydych chi’n tynnu llun o’ch dull adnabod, yna’n sganio eich wyneb neu’n gwneud fideo byr ohonoch chi eich hun.',
      source: 'photoIdCheck',
    },
    identityDetails: {
      text: 'Heb ddull adnabod â llun: mae’r feddygfa’n rhoi 3 manylyn cofrestru i chi. Rydych chi’n eu teipio yn yr NHS App.',
      source: 'noPhotoIdCheck',
    },
    identityInPerson: {
      text: 'Yn y feddygfa: mae’r staff yn gwirio eich dull adnabod. Os nad oes gennych chi ddull adnabod, efallai y gall staff sy’n eich adnabod yn dda gadarnhau pwy ydych chi.',
      source: 'identityVerification',
    },
    identityYes: { text: 'Oes' },
    identityNo: { text: 'Nac oes' },
    errorIdentity: { text: 'Dewiswch ‘Oes’ os oes gennych chi ddull adnabod â llun' },

    // Step 8: getting online.
    portalsHeading: { text: 'Mynd ar-lein' },
    portalsNhsApp: {
      text: 'Dechreuwch gyda’r NHS App. Mae am ddim o’r App Store neu Google Play. Gallwch hefyd ei ddefnyddio ar gyfrifiadur drwy fewngofnodi ar wefan y GIG.',
      source: 'nhsApp',
    },
    portalsNhsAppAge: { text: 'Mae angen i chi fod yn 13 oed neu drosodd i’w ddefnyddio.', source: 'nhsAppLongRead' },
    portalsOthers: { text: 'Mae {practice} hefyd yn gweithio gyda’r apiau hyn:' },
    portalsOthersNote: { text: 'Holwch staff {practice} os nad ydych chi’n siŵr pa un i’w ddefnyddio.' },
    portalsProxy: {
      text: 'Pan fydd y feddygfa wedi trefnu eich mynediad, gallwch newid i broffil y person arall yn yr NHS App.',
      source: 'proxyInNhsApp',
    },
    // App names stay as their makers write them.
    portalPatientAccess: { text: 'Patient Access' },
    portalSystmonline: { text: 'SystmOnline' },
    portalAirmid: { text: 'Airmid' },
    portalEvergreenLife: { text: 'Evergreen Life' },
    portalMygp: { text: 'myGP' },
    portalPatientsKnowBest: { text: 'Patients Know Best' },

    // Step 9: support needs.
    supportHeading: { text: 'Oes angen help neu gymorth arnoch chi?' },
    supportIntro: {
      text: 'Mae’n rhaid i’r GIG ofyn am eich anghenion cyfathrebu a’u diwallu.',
      source: 'accessibleInformation',
    },
    supportLargePrint: { text: 'Print bras', source: 'accessibleInformation' },
    supportBsl: { text: 'Dehonglydd Iaith Arwyddion Prydain (BSL)', source: 'accessibleInformation' },
    supportEasyRead: { text: 'Gwybodaeth hawdd ei darllen', source: 'accessibleInformation' },
    supportStaffHelp: { text: 'Help gan staff y feddygfa i fynd ar-lein' },
    supportReadingHelp: { text: 'Rhywun i’m helpu i ddarllen fy nghofnod' },
    supportReadingAids: { text: 'Offer i wneud y sgrin yn haws ei darllen' },
    supportReadingAidsHint: {
      text: 'Gall eich porwr wneud testun yn fwy: daliwch Ctrl (Cmd ar Mac) a phwyso +. Ychwanegyn porwr yw Record Access Aids sy’n ychwanegu cymhorthion darllen, fel lliwiau cyferbyniad uchel, at wefannau cofnodion.',
    },
    supportContactIntro: { text: 'Ffyrdd o gysylltu â staff {practice} heb ffonio:' },
    supportNoContact: { text: 'Gallwch hefyd fynd i dderbynfa {practice} a gofyn yno.' },

    // Contact routes.
    contactPhone: { text: 'Ffôn: {value}' },
    contactEmail: { text: 'E-bost: {value}' },
    contactSms: { text: 'Neges destun: {value}' },
    contactOnlineForm: { text: 'Ffurflen ar-lein' },
    contactBslVideoRelay: { text: 'Gwasanaeth cyfnewid fideo BSL' },

    // Step 10: check your answers.
    checkHeading: { text: 'Gwirio eich atebion' },
    checkWho: { text: 'Ar gyfer pwy' },
    checkAge: { text: 'Oed' },
    checkServices: { text: 'Beth rydych chi eisiau ei wneud' },
    checkDecision: { text: 'Eich dewis' },
    checkIdentity: { text: 'Dull adnabod â llun' },
    checkSupport: { text: 'Help neu gymorth' },
    checkNone: { text: 'Dim' },
    checkChangeWho: { text: 'ar gyfer pwy' },
    checkChangeAge: { text: 'oed' },
    checkChangeServices: { text: 'beth rydych chi eisiau ei wneud' },
    checkChangeDecision: { text: 'eich dewis' },
    checkChangeIdentity: { text: 'dull adnabod â llun' },
    checkChangeSupport: { text: 'help neu gymorth' },
    checkSubmit: { text: 'Dangos fy nghamau nesaf' },

    // Your next steps.
    nextHeading: { text: 'Eich camau nesaf' },
    nextIntro: { text: 'Gwnewch y pethau hyn yn eu trefn. Efallai yr hoffech eu hysgrifennu.' },
    nextTalkFirst: { text: 'Siaradwch â staff {practice} cyn i chi gofrestru. Gofynnwch unrhyw beth nad ydych chi’n siŵr amdano.' },
    nextUnder13AskParent: {
      text: 'Gofynnwch i’ch rhiant neu’ch gwarcheidwad siarad â staff {practice}. Gallan nhw ofyn am fynediad ar eich rhan.',
      source: 'nhsAppAgeRules',
    },
    nextTeenContact: {
      text: 'Cysylltwch â staff {practice} a gofyn am gael defnyddio gwasanaethau ar-lein. Efallai y byddan nhw eisiau siarad â chi yn gyntaf.',
      source: 'nhsAppAgeRules',
    },
    nextRegistrationDetailsAsk: {
      text: 'Gofynnwch i staff {practice} am eich manylion cofrestru ar gyfer gwasanaethau ar-lein.',
      source: 'noPhotoIdCheck',
    },
    nextRegistrationDetailsBring: {
      text: 'Ewch i’r feddygfa. Ewch ag unrhyw ddull adnabod sydd gennych. Os nad oes gennych chi ddull adnabod, gofynnwch a all staff sy’n eich adnabod gadarnhau pwy ydych chi.',
      source: 'identityVerification',
    },
    nextRegistrationDetailsUse: {
      text: 'Yn yr NHS App, dewiswch brofi pwy ydych chi heb ddull adnabod â llun. Teipiwch y 3 manylyn: cod y feddygfa, rhif adnabod eich cyfrif (account ID), a’ch allwedd gysylltu (linkage key) neu’ch cyfrinymadrodd (passphrase).',
      source: 'noPhotoIdCheck',
    },
    nextOdsCode: { text: 'Cod y feddygfa ar gyfer {practice} yw {ods}.' },
    nextGetApp: {
      text: 'Ewch i gael yr NHS App ar eich ffôn neu dabled, neu ewch i wefan y GIG ar gyfrifiadur. Crëwch NHS login gyda’ch cyfeiriad e-bost a chyfrinair.',
      source: 'noPhotoIdCheck',
    },
    nextProvePhotoId: {
      text: 'Dewiswch brofi pwy ydych chi gyda dull adnabod â llun. Tynnwch lun o’ch pasbort neu’ch trwydded yrru, yna sganiwch eich wyneb neu gwnewch fideo byr ohonoch chi eich hun.',
      source: 'photoIdCheck',
    },
    nextWaitForEmail: {
      text: 'Arhoswch am e-bost i ddweud ei fod wedi gweithio. Gall gymryd 24 awr, neu fwy ar benwythnosau.',
      source: 'photoIdCheck',
    },
    nextProxyChildAsk: {
      text: 'Gofynnwch i staff {practice} am fynediad i deulu a gofalwyr ar gyfer eich plentyn.',
      source: 'familyCarerAccessAdults',
    },
    nextProxyAdultAsk: {
      text: 'Gofynnwch i staff {practice} am fynediad i deulu a gofalwyr. Fel arfer, bydd angen i’r person rydych chi’n ei helpu gytuno.',
      source: 'familyCarerAccessAdults',
    },
    nextProxyBringId: {
      text: 'Efallai y bydd angen i’r ddau ohonoch lenwi ffurflen a phrofi pwy ydych chi. Ewch ag unrhyw bapurau sy’n dangos y gallwch chi weithredu ar eu rhan.',
      source: 'familyCarerAccessAdults',
    },
    nextProxyOwnLogin: {
      text: 'Mewngofnodwch fel chi eich hun bob amser. Peidiwch byth â defnyddio manylion mewngofnodi’r person arall.',
      source: 'familyCarerAccessAdults',
    },
    nextProxyLinkedProfile: {
      text: 'Bydd y feddygfa’n dweud wrthych pan fydd eich mynediad yn barod. Yna gallwch newid i’w proffil nhw yn yr NHS App.',
      source: 'proxyInNhsApp',
    },
    nextRecordNewEntries: {
      text: 'Ar ôl i chi fynd i mewn, byddwch yn gweld cofnodion newydd yn eich cofnod. I weld cofnodion hŷn, gofynnwch i’r feddygfa.',
      source: 'prospectiveAccess',
    },
    nextRegistrationHours: { text: 'Pryd i fynd i mewn i gofrestru gyda staff {practice}: {hours}' },
    nextTellSupportNeeds: { text: 'Dywedwch wrth staff {practice} fod angen y canlynol arnoch:' },
    nextGetHelp: {
      text: 'Os ydych chi’n mynd yn sownd, gofynnwch i staff {practice} am help. I gael help gyda’r NHS App, ewch i dudalennau help yr NHS App ar wefan y GIG.',
      source: 'nhsApp',
    },
    nextContactHeading: { text: 'Sut i gysylltu â staff {practice}' },
    startAgain: { text: 'Dechrau eto' },

    // Leaving part-way.
    leavingHeading: { text: 'Beth sy’n eich atal chi?' },
    leavingHint: { text: 'Does dim rhaid i chi ateb. Y naill ffordd neu’r llall, byddwn yn dangos i chi ble i gael help.' },
    leavingCannotRegister: { text: 'Dwi ddim yn gallu cofrestru na phrofi pwy ydw i' },
    leavingConfidentiality: { text: 'Dwi ddim yn siŵr pwy allai weld fy nghofnod' },
    leavingAccessNeeds: { text: 'Mae gen i anghenion mynediad neu synhwyraidd' },
    leavingWorried: { text: 'Dwi’n poeni am beth y bydda i’n ei weld' },
    leavingNoPoint: { text: 'Dwi ddim yn gweld y pwynt' },
    leavingOther: { text: 'Rhywbeth arall' },
    leavingHelpHeading: { text: 'Ble i gael help' },
    leavingHelp: { text: 'Gall staff {practice} eich helpu i fynd ar-lein, neu ateb eich cwestiynau yn gyntaf.' },
    leavingSubmit: { text: 'Gorffen' },
    leavingDoneHeading: { text: 'Diolch' },
    leavingDone: { text: 'Diolch. Gallwch ddod yn ôl at y canllaw hwn unrhyw bryd.' },

    // Languages, printing and downloading the checklist.
    languageSwitchPrefix: { text: 'Darllen y canllaw hwn yn' },
    languageChanged: { text: 'Mae’r canllaw hwn nawr yn Gymraeg.' },
    languageLoadFailed: { text: 'Mae’n ddrwg gennym, doedd dim modd dangos y canllaw yn {value}, felly mae’n dal yn Gymraeg. Gwiriwch eich cysylltiad â’r rhyngrwyd a rhowch gynnig arall arni.' },
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
    savedOnDevice: { text: 'Mae eich atebion yn cael eu cadw ar y ddyfais hon am {days} diwrnod, fel y gallwch chi ddod yn ôl yn nes ymlaen. Os yw pobl eraill yn defnyddio’r ddyfais hon, cliriwch eich atebion pan fyddwch chi wedi gorffen.' },
    savedOnDeviceOneDay: { text: 'Mae eich atebion yn cael eu cadw ar y ddyfais hon am 1 diwrnod, fel y gallwch chi ddod yn ôl yn nes ymlaen. Os yw pobl eraill yn defnyddio’r ddyfais hon, cliriwch eich atebion pan fyddwch chi wedi gorffen.' },
    clearAnswers: { text: 'Clirio fy atebion' },
    answersCleared: { text: 'Mae eich atebion wedi cael eu clirio o’r ddyfais hon.' },
    progressNotSaved: { text: 'Does dim modd cadw eich cynnydd ar y ddyfais hon. Gallwch chi ddal i ddefnyddio’r canllaw hwn, ond os byddwch chi’n gadael neu’n ail-lwytho’r dudalen hon, bydd angen i chi ddechrau eto.' },
    progressDiscarded: { text: 'Doedd dim modd darllen yr atebion a gafodd eu cadw ar y ddyfais hon, felly maen nhw wedi cael eu dileu. Dechreuwch eto, os gwelwch yn dda.' },
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
      advice: 'Gall y llythrennau hyn olygu pethau gwahanol. Os nad ydych chi’n siŵr beth mae eich cofnod yn ei olygu, gofynnwch i’ch meddygfa.',
    },
    mg: {
      expansion: 'milligram: miligram',
      explanation: 'Miligram: uned fach iawn o bwysau sy’n cael ei defnyddio ar gyfer dosau moddion. Mae 1000 mg yn gwneud 1 gram.',
    },
    'complains-of': {
      expansion: 'complains of: yn cwyno am',
      explanation: 'Beth ddywedoch chi wrth y clinigwr oedd yn eich poeni, er enghraifft mae “c/o cough” yn golygu eich bod wedi dod oherwydd peswch.',
      otherMeanings: ['“care of” (d/o, drwy law) mewn cyfeiriad'],
      advice: 'Gall y llythrennau hyn olygu pethau gwahanol. Os nad ydych chi’n siŵr beth mae eich cofnod yn ei olygu, gofynnwch i’ch meddygfa.',
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
      advice: 'Gall y llythrennau hyn olygu pethau gwahanol. Os nad ydych chi’n siŵr beth mae eich cofnod yn ei olygu, gofynnwch i’ch meddygfa.',
    },
    'count-weeks': {
      expansion: 'weeks: wythnosau',
      explanation: 'Nifer o wythnosau: y rhif cyn /52 yw nifer yr wythnosau. Er enghraifft, mae 2/52 yn golygu 2 wythnos.',
    },
  },
} satisfies LocaleFile;

export default cy;
