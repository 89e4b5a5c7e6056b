/*
 * Record Access Kit medical glossary: public pages that support the meanings we give.
 * Glossary data licence: CC BY 4.0 (see LICENSE in this folder). Every explanation in the entry files
 * is our own writing; these pages are cited for the meaning, never copied.
 */
import type { GlossarySource } from './types.js';

const NHS = 'NHS website (nhs.uk)';
const nhsPage = (title: string, path: string): GlossarySource => ({ publisher: NHS, title, url: `https://www.nhs.uk/${path}` });

/** Each source named once; entries refer to these by key. */
export const SOURCES = {
  // Lists of abbreviations
  nhsRecordAbbreviations: nhsPage(
    'Abbreviations commonly found in medical records',
    // The page moved from /nhs-app/help/ to /nhs-app/nhs-app-help-and-support/ (found in the 2026 review).
    'nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/abbreviations-commonly-found-in-medical-records/',
  ),
  bnfAbbreviations: {
    publisher: 'NICE, British National Formulary (BNF)',
    title: 'Abbreviations and symbols',
    url: 'https://bnf.nice.org.uk/about/abbreviations-and-symbols/',
  },
  pharmacyAbbreviations: {
    publisher: 'Community Pharmacy England, Barnsley LPC',
    title: 'Pharmacy abbreviations',
    url: 'https://psnc.org.uk/barnsley-lpc/resources/pharmacy-abbreviations/',
  },
  swanAbbreviations: {
    publisher: 'Swan Medical Group (GP practice)',
    title: 'Abbreviations you may find in your health records',
    url: 'https://swanmedicalgroup.co.uk/surgery-information/help',
  },
  westburyAbbreviations: {
    publisher: 'Westbury Surgery (GP practice)',
    title: 'Medical record abbreviations',
    url: 'https://www.westburysurgery.co.uk/medical-record-abbreviations',
  },

  // Tests
  ltoFullBloodCount: { publisher: 'Lab Tests Online-UK', title: 'Full blood count', url: 'https://labtestsonline.org.uk/understanding/analytes/fbc' },
  ltoLiverPanel: {
    publisher: 'Lab Tests Online-UK',
    title: 'Liver function tests',
    url: 'https://www.labtestsonline.org.uk/understanding/analytes/liver-panel/',
  },
  ltoCrp: { publisher: 'Lab Tests Online-UK', title: 'C-reactive protein (CRP)', url: 'https://labtestsonline.org.uk/tests/c-reactive-protein-crp' },
  ltoCholesterol: { publisher: 'Lab Tests Online-UK', title: 'Cholesterol test', url: 'https://labtestsonline.org.uk/tests/cholesterol-test' },
  ltoIron: { publisher: 'Lab Tests Online-UK', title: 'Iron tests', url: 'https://labtestsonline.org.uk/tests/iron-tests' },
  ureaElectrolytes: {
    publisher: 'The Pathology Centre',
    title: 'Urea & Electrolytes (U&E)',
    url: 'https://www.thepathologycentre.org/test/urea-electrolytes-ue-sodium-potassium-chloride-co2-urea-and-creatinine/',
  },
  esr: {
    publisher: 'York and Scarborough Teaching Hospitals NHS Foundation Trust, Laboratory Medicine',
    title: 'Erythrocyte Sedimentary Rate (ESR)',
    url: 'https://www.yorkhospitals.nhs.uk/our-services/a-z-of-services/lab-med/test-directory/haematology/erythrocyte-sedimentary-rate/',
  },
  ctScan: {
    publisher: 'Leeds Teaching Hospitals NHS Trust',
    title: 'Computerised Tomography (CT)',
    url: 'https://www.leedsth.nhs.uk/a-z-of-services/radiology/radiology-departments/computerised-tomography-ct/',
  },
  thyroidTest: { publisher: 'Monitor My Health (NHS)', title: 'Thyroid test', url: 'https://monitormyhealth.org.uk/thyroid-test/' },
  hba1c: {
    publisher: 'North West London Pathology (NHS)',
    title: 'Glycated haemoglobin (HbA1c)',
    url: 'https://www.nwlpathology.nhs.uk/tests-database/glycated-haemoglobin-hba1c/',
  },
  inr: { publisher: 'University Hospitals of North Midlands NHS Trust, Pathology', title: 'INR', url: 'https://uhnm.nhs.uk/our-services/pathology/tests/inr' },
  qrisk: { publisher: 'ClinRisk / QResearch', title: 'QRISK3 risk calculator', url: 'https://qrisk.org' },
  nhsTibc: nhsPage('Total iron-binding capacity and transferrin test', 'tests-and-treatments/tibc-test/'),
  nhsPsa: nhsPage('PSA test', 'tests-and-treatments/psa-test/'),
  nhsBloodPressureTest: nhsPage('Blood pressure test', 'tests-and-treatments/blood-pressure-test/'),
  nhsHealthCheck: nhsPage('NHS Health Check', 'tests-and-treatments/nhs-health-check/'),
  nhsEcg: nhsPage('Electrocardiogram (ECG)', 'tests-and-treatments/electrocardiogram/'),
  nhsEcho: nhsPage('Echocardiogram', 'tests-and-treatments/echocardiogram/'),
  nhsXray: nhsPage('X-ray', 'conditions/x-ray/'),
  nhsUltrasound: nhsPage('Ultrasound scan', 'tests-and-treatments/ultrasound-scan/'),
  nhsMri: nhsPage('MRI scan', 'tests-and-treatments/mri-scan/'),
  nhsSpirometry: nhsPage('Spirometry', 'tests-and-treatments/spirometry/'),
  nhsUrineTests: nhsPage('Urine tests', 'tests-and-treatments/urine-tests/'),
  nhsBowelScreening: nhsPage('Bowel cancer screening', 'tests-and-treatments/bowel-cancer-screening/'),
  nhsCervicalScreening: nhsPage('Cervical screening', 'tests-and-treatments/cervical-screening/'),
  nhsGastroscopy: nhsPage('Gastroscopy', 'tests-and-treatments/gastroscopy/'),
  nhsVitaminD: nhsPage('Vitamin D', 'conditions/vitamins-and-minerals/vitamin-d/'),
  nhsB12Folate: nhsPage('Vitamin B12 or folate deficiency anaemia', 'conditions/vitamin-b12-or-folate-deficiency-anaemia/'),

  // Medicines
  bnfControlledDrugs: {
    publisher: 'NICE, British National Formulary (BNF)',
    title: 'Controlled drugs and drug dependence',
    url: 'https://bnf.nice.org.uk/medicines-guidance/controlled-drugs-and-drug-dependence/',
  },
  nhsVaccinations: nhsPage('NHS vaccinations and when to have them', 'vaccinations/nhs-vaccinations-and-when-to-have-them/'),
  nhsNsaids: nhsPage('NSAIDs', 'conditions/nsaids/'),
  nhsAnticoagulants: nhsPage('Anticoagulant medicines', 'conditions/anticoagulants/'),
  nhsStatins: nhsPage('Statins', 'conditions/statins/'),
  nhsAntibiotics: nhsPage('Antibiotics', 'conditions/antibiotics/'),
  nhsHrt: nhsPage('Hormone replacement therapy (HRT)', 'medicines/hormone-replacement-therapy-hrt/'),
  nhsMethotrexate: nhsPage('Methotrexate', 'medicines/methotrexate/'),
  nhsContraception: nhsPage('Methods of contraception', 'contraception/methods-of-contraception/'),
  nhsCombinedPill: nhsPage('Combined pill', 'contraception/methods-of-contraception/combined-pill/'),

  // Conditions and symptoms
  nhsAtrialFibrillation: nhsPage('Atrial fibrillation', 'conditions/atrial-fibrillation/'),
  nhsType2Diabetes: nhsPage('Type 2 diabetes', 'conditions/type-2-diabetes/'),
  nhsType1Diabetes: nhsPage('Type 1 diabetes', 'conditions/type-1-diabetes/'),
  nhsGestationalDiabetes: nhsPage('Gestational diabetes', 'conditions/gestational-diabetes/'),
  nhsHighBloodPressure: nhsPage('High blood pressure (hypertension)', 'conditions/high-blood-pressure-hypertension/'),
  nhsCopd: nhsPage('Chronic obstructive pulmonary disease (COPD)', 'conditions/chronic-obstructive-pulmonary-disease-copd/'),
  nhsKidneyDisease: nhsPage('Chronic kidney disease', 'conditions/kidney-disease/'),
  nhsHeartAttack: nhsPage('Heart attack', 'conditions/heart-attack/'),
  nhsTia: nhsPage('Transient ischaemic attack (TIA)', 'conditions/transient-ischaemic-attack-tia/'),
  nhsStroke: nhsPage('Stroke', 'conditions/stroke/'),
  nhsCoronaryHeartDisease: nhsPage('Coronary heart disease', 'conditions/coronary-heart-disease/'),
  nhsHeartFailure: nhsPage('Heart failure', 'conditions/heart-failure/'),
  nhsAngina: nhsPage('Angina', 'conditions/angina/'),
  nhsUti: nhsPage('Urinary tract infections (UTIs)', 'conditions/urinary-tract-infections-utis/'),
  nhsCommonCold: nhsPage('Common cold', 'conditions/common-cold/'),
  nhsChestInfection: nhsPage('Chest infection', 'conditions/chest-infection/'),
  nhsPneumonia: nhsPage('Pneumonia', 'conditions/pneumonia/'),
  nhsRefluxGord: nhsPage('Heartburn and acid reflux', 'conditions/heartburn-and-acid-reflux/'),
  nhsIbs: nhsPage('Irritable bowel syndrome (IBS)', 'conditions/irritable-bowel-syndrome-ibs/'),
  nhsIbd: nhsPage('Inflammatory bowel disease', 'conditions/inflammatory-bowel-disease/'),
  nhsOsteoarthritis: nhsPage('Osteoarthritis', 'conditions/osteoarthritis/'),
  nhsRheumatoidArthritis: nhsPage('Rheumatoid arthritis', 'conditions/rheumatoid-arthritis/'),
  nhsPmr: nhsPage('Polymyalgia rheumatica', 'conditions/polymyalgia-rheumatica/'),
  nhsDvt: nhsPage('Deep vein thrombosis (DVT)', 'conditions/deep-vein-thrombosis-dvt/'),
  nhsPulmonaryEmbolism: nhsPage('Pulmonary embolism', 'conditions/pulmonary-embolism/'),
  nhsPad: nhsPage('Peripheral arterial disease (PAD)', 'conditions/peripheral-arterial-disease-pad/'),
  nhsAaa: nhsPage('Abdominal aortic aneurysm', 'conditions/abdominal-aortic-aneurysm/'),
  nhsAsthma: nhsPage('Asthma', 'conditions/asthma/'),
  nhsMultipleSclerosis: nhsPage('Multiple sclerosis', 'conditions/multiple-sclerosis/'),
  nhsPcos: nhsPage('Polycystic ovary syndrome', 'conditions/polycystic-ovary-syndrome/'),
  nhsHiv: nhsPage('HIV and AIDS', 'conditions/hiv-and-aids/'),
  nhsTb: nhsPage('Tuberculosis (TB)', 'conditions/tuberculosis-tb/'),
  nhsIronDeficiencyAnaemia: nhsPage('Iron deficiency anaemia', 'conditions/iron-deficiency-anaemia/'),
  nhsUnderactiveThyroid: nhsPage('Underactive thyroid (hypothyroidism)', 'conditions/underactive-thyroid-hypothyroidism/'),
  nhsOveractiveThyroid: nhsPage('Overactive thyroid (hyperthyroidism)', 'conditions/overactive-thyroid-hyperthyroidism/'),
  nhsOsteoporosis: nhsPage('Osteoporosis', 'conditions/osteoporosis/'),
  nhsOedema: nhsPage('Oedema', 'conditions/oedema/'),
  nhsHighCholesterol: nhsPage('High cholesterol', 'conditions/high-cholesterol/'),
  nhsGout: nhsPage('Gout', 'conditions/gout/'),
  nhsShortnessOfBreath: nhsPage('Shortness of breath', 'conditions/shortness-of-breath/'),
  nhsBloodInUrine: nhsPage('Blood in urine', 'conditions/blood-in-urine/'),
  nhsTalkingTherapies: nhsPage('Talking therapies', 'tests-and-treatments/talking-therapies/'),

  // Added in the 2026 review (corrections and new terms).
  fasterDiagnosis: {
    publisher: 'NHS England',
    title: 'Faster diagnosis: the Faster Diagnosis Standard (the two-week-wait standard was retired in October 2023)',
    url: 'https://www.england.nhs.uk/cancer/faster-diagnosis/',
  },
  nhsMasld: nhsPage('MASLD (metabolic dysfunction-associated steatotic liver disease), formerly NAFLD', 'conditions/masld/'),
  nhsMmrv: nhsPage('MMRV vaccine (measles, mumps, rubella and chickenpox; in the routine schedule from January 2026)', 'vaccinations/mmrv-vaccine/'),
  nhsPneumococcal: nhsPage('Pneumococcal vaccine (PCV offered at 65 from 2026)', 'vaccinations/pneumococcal-vaccine/'),
  nhsSelfHarm: nhsPage('Self-harm', 'mental-health/feelings-symptoms-behaviours/behaviours/self-harm/'),
  nhsAki: nhsPage('Acute kidney injury', 'conditions/acute-kidney-injury/'),
  nhsSsri: nhsPage('SSRI antidepressants', 'mental-health/talking-therapies-medicine-treatments/medicines-and-psychiatry/ssri-antidepressants/'),
  nhsAntidepressants: nhsPage('Antidepressants', 'mental-health/talking-therapies-medicine-treatments/medicines-and-psychiatry/antidepressants/overview/'),
  nhsCbt: nhsPage(
    'Cognitive behavioural therapy (CBT)',
    'mental-health/talking-therapies-medicine-treatments/talking-therapies-and-counselling/cognitive-behavioural-therapy-cbt/overview/',
  ),
  nhsAdhd: nhsPage('Attention deficit hyperactivity disorder (ADHD)', 'conditions/attention-deficit-hyperactivity-disorder-adhd/'),
  nhsAutism: nhsPage('Autism', 'conditions/autism/'),
  nhsLearningDisability: nhsPage('Learning disabilities', 'conditions/learning-disabilities/'),
  nhsProstate: nhsPage('Benign prostate enlargement', 'conditions/benign-prostate-enlargement/'),
  nhsDepressionTest: nhsPage(
    'Depression and anxiety self-assessment quiz (PHQ-9 and GAD-7 questions)',
    'mental-health/self-help/tips-and-support/mood-self-assessment/',
  ),
  nhsAandE: nhsPage('When to go to A&E (the emergency department)', 'nhs-services/urgent-and-emergency-care-services/when-to-go-to-ae/'),
  govukLpa: { publisher: 'GOV.UK', title: 'Make, register or end a lasting power of attorney', url: 'https://www.gov.uk/power-of-attorney' },
  news2: {
    publisher: 'Royal College of Physicians',
    title: 'National Early Warning Score (NEWS) 2',
    url: 'https://www.rcp.ac.uk/improving-care/resources/national-early-warning-score-news-2/',
  },
  gcs: {
    publisher: 'The Glasgow Structured Approach to Assessment of the Glasgow Coma Scale',
    title: 'Glasgow Coma Scale',
    url: 'https://www.glasgowcomascale.org/',
  },
} satisfies Record<string, GlossarySource>;
