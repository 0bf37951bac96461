/**
 * The words the loader's rules match, and nothing else: adding a word is one
 * line here (and one test). Every entry is written as newsrooms write it;
 * matching folds nukta, so ज़ and ज need not both be listed. Phrases are
 * words separated by single spaces and match token by token.
 */
import type { EncounterKind, RemoteMedium, Title } from '../schema/article.ts';

/**
 * Titles of leaders, longest phrase first where one contains another. Words
 * that name no office on their own (नेता, प्रमुख, शीर्ष नेता) are not here:
 * "दोनों नेता लगभग एक ही समय …" introduces no one.
 */
export const TITLE_WORDS: ReadonlyArray<readonly [phrase: string, title: Title]> = [
  ['राष्ट्राध्यक्ष', 'head-of-state'],
  ['राष्ट्र प्रमुख', 'head-of-state'],
  ['राष्ट्रपति', 'president'],
  ['सदर', 'president'],
  ['उपराष्ट्रपति', 'vice-president'],
  ['उप राष्ट्रपति', 'vice-president'],
  ['उप-राष्ट्रपति', 'vice-president'],
  ['प्रधानमंत्री', 'prime-minister'],
  ['प्रधान मंत्री', 'prime-minister'],
  ['पीएम', 'prime-minister'],
  ['प्रीमियर', 'prime-minister'],
  ['उपप्रधानमंत्री', 'deputy-prime-minister'],
  ['उप प्रधानमंत्री', 'deputy-prime-minister'],
  ['उप-प्रधानमंत्री', 'deputy-prime-minister'],
  ['उप प्रधान मंत्री', 'deputy-prime-minister'],
  ['चांसलर', 'chancellor'],
  ['स्टेट काउंसलर', 'state-counsellor'],
  ['स्टेट काउंसिलर', 'state-counsellor'],
  ['राज्य परिषद सदस्य', 'state-counsellor'],
  ['राज्य परामर्शदाता', 'state-counsellor'],
  ['विदेश मंत्री', 'foreign-minister'],
  ['विदेशमंत्री', 'foreign-minister'],
  ['विदेश मामलों के मंत्री', 'foreign-minister'],
  ['रक्षा मंत्री', 'defence-minister'],
  ['रक्षामंत्री', 'defence-minister'],
  ['गृह मंत्री', 'home-minister'],
  ['गृहमंत्री', 'home-minister'],
  ['वित्त मंत्री', 'finance-minister'],
  ['वित्तमंत्री', 'finance-minister'],
  ['वाणिज्य मंत्री', 'trade-minister'],
  ['वाणिज्य एवं उद्योग मंत्री', 'trade-minister'],
  ['वाणिज्य और उद्योग मंत्री', 'trade-minister'],
  ['व्यापार मंत्री', 'trade-minister'],
  ['मंत्री', 'minister'],
  ['राजा', 'king'],
  ['नरेश', 'king'],
  ['महाराजा', 'king'],
  ['महारानी', 'queen'],
  ['सम्राट', 'emperor'],
  ['अमीर', 'emir'],
  ['सुल्तान', 'sultan'],
  ['क्राउन प्रिंस', 'crown-prince'],
  ['शहजादा', 'crown-prince'],
  ['युवराज', 'crown-prince'],
  ['सर्वोच्च नेता', 'supreme-leader'],
  ['अध्यक्ष', 'chair'],
  ['महासचिव', 'secretary-general'],
  ['मुख्य सलाहकार', 'chief-adviser'],
  ['सेना प्रमुख', 'army-chief'],
  ['थल सेना प्रमुख', 'army-chief'],
  ['सेनाध्यक्ष', 'army-chief'],
];

/**
 * Words that introduce a leader but name no office ("नॉर्थ कोरिया के तानाशाह
 * किम जोंग"): the leader is a participant, and their office is not known.
 */
export const DESCRIPTORS = ['तानाशाह', 'शासक'];

/** Plural forms: "…के राष्ट्रपतियों X, Y और Z से"; null where the office is the other side's (समकक्षों) or none. */
export const PLURAL_TITLE_WORDS: ReadonlyArray<readonly [phrase: string, title: Title | null]> = [
  ['समकक्षों', null],
  ['राष्ट्र प्रमुखों', 'head-of-state'],
  ['राष्ट्राध्यक्षों', 'head-of-state'],
  ['राष्ट्रपतियों', 'president'],
  ['प्रधानमंत्रियों', 'prime-minister'],
  ['विदेश मंत्रियों', 'foreign-minister'],
  ['नेताओं', null],
];

/** Offices that are one only after a country ("भूटान नरेश", "कतर के अमीर"): alone they are names or words (नरेश, अमीर). */
export const TITLES_AFTER_COUNTRY = ['नरेश', 'अमीर'];

/**
 * Words that end the name of an organisation: in "<country> के <…> परिषद के
 * अध्यक्ष" the country is further back, and the organisation is no country.
 */
export const ORGANISATION_WORDS = [
  'काउंसिल', 'कौंसिल', 'परिषद', 'पार्टी', 'दल', 'समिति', 'मंत्रालय', 'आयोग', 'संसद', 'कांग्रेस', 'सभा', 'असेंबली', 'बैंक',
  'संगठन', 'संघ', 'फोरम', 'मंच', 'सरकार', 'सेना', 'संस्थान', 'विभाग', 'प्राधिकरण', 'निगम', 'ब्यूरो', 'महासंघ', 'कमीशन', 'कमेटी',
];

/** "<country> के अपने समकक्ष <name>": a counterpart holds the other side's title. */
export const COUNTERPART_WORDS = ['समकक्ष', 'समकक्षों'];

/** Possessives and the like that may stand between "<country> के" and a title: "चीन के अपने समकक्ष", "भारत के केंद्रीय गृहमंत्री". */
export const POSSESSIVES = ['अपने', 'अपनी', 'उनके', 'उनकी', 'केंद्रीय', 'केन्द्रीय', 'संघीय'];

/**
 * After "<leader> के/की/का", words that make the phrase someone or something
 * of theirs ("शी चिनफिंग के विशेष प्रतिनिधि", "पुतिन के देश"): that leader is
 * named, not met.
 */
export const RELATIONS = [
  'विशेष', 'प्रतिनिधि', 'दूत', 'पत्नी', 'पति', 'बेटी', 'बेटे', 'बेटा', 'परिवार', 'देश', 'सरकार', 'कार्यालय',
  'सलाहकार', 'प्रवक्ता', 'मंत्रिमंडल', 'पार्टी', 'दल', 'शासन', 'कार्यकाल', 'पूर्ववर्ती', 'उत्तराधिकारी',
];

/** Words of courtesy before a name; never part of it. */
export const HONORIFICS = ['श्री', 'श्रीमती', 'सुश्री', 'माननीय', 'महामहिम', 'डॉ.', 'डॉ', 'डॉक्टर', 'शेख', 'जनाब', 'मिस्टर'];

/** Words that may stand inside a name but never name anyone alone. */
export const NAME_PARTICLES = ['बिन', 'बिंत', 'अल', 'अल-', 'इब्न', 'दा', 'डी', 'डे', 'द', 'दी', 'वॉन', 'वान', 'फॉन', 'ला', 'जूनियर', 'सीनियर', 'जूनियर.'];

/** Words that end a name: case markers, conjunctions and what follows a name in a lead. */
export const NAME_STOPS = [
  'और', 'से', 'ने', 'के', 'का', 'की', 'को', 'में', 'पर', 'तथा', 'व', 'एवं', 'सहित', 'समेत', 'साथ', 'भी', 'ही',
  'है', 'हैं', 'था', 'थे', 'थी', 'जो', 'जिन्होंने', 'जिनसे', 'बीच', 'द्वारा', 'तक', 'लिए',
  // Words of time and motion that follow a name in a lead: "… वांगचुक आज भारत आए".
  'आज', 'कल', 'अब', 'यहां', 'यहाँ', 'वहां', 'आए', 'आये', 'आईं', 'पहुंचे', 'पहुंची', 'गए', 'गये', 'रविवार', 'सोमवार', 'मंगलवार',
  'बुधवार', 'गुरुवार', 'बृहस्पतिवार', 'शुक्रवार', 'शनिवार', 'इस', 'उस', 'अपनी', 'अपने',
  'एक', 'दो', 'तीन', 'चार', 'पांच', 'देश', 'देशों',
];

/** Words that, right after a title, show it is not followed by a name (राष्ट्रपति भवन, प्रधानमंत्री कार्यालय). */
export const NOT_NAMES = ['भवन', 'कार्यालय', 'आवास', 'पद', 'चुनाव', 'निवास', 'महल', 'पैलेस', 'हाउस', 'स्तर', 'रूप', 'बनने', 'बने', 'मंत्रालय'];

/**
 * Modifiers that make a title or name refer to someone other than the
 * participant: "पूर्व प्रधानमंत्री ने कहा" is not the prime minister.
 */
export const OTHER_REFERENT = ['पूर्व', 'तत्कालीन', 'पूर्ववर्ती', 'दिवंगत', 'नवनिर्वाचित', 'भावी', 'कार्यवाहक', 'निवर्तमान', 'उनके', 'उनकी', 'अपने', 'अपनी'];

/** Words for the encounter itself, with the kind each names. */
export const ENCOUNTER_WORDS: ReadonlyArray<readonly [word: string, kind: EncounterKind]> = [
  ['मुलाकात', 'mulaqat'],
  ['मुलाक़ात', 'mulaqat'],
  ['भेंट', 'bhent'],
  ['भेंटवार्ता', 'varta'],
  ['वार्ता', 'varta'],
  ['बातचीत', 'baatcheet'],
  ['बैठक', 'baithak'],
  ['मीटिंग', 'baithak'],
];

/**
 * Words that set the lead's encounter at a distance: a call has no venue, and
 * no one travelled to it. Matched in the lead's meeting sentence only, just
 * before the word for the encounter (lead.ts).
 */
export const REMOTE_WORDS: ReadonlyArray<readonly [phrase: string, by: RemoteMedium]> = [
  ['फोन पर', 'phone'],
  ['टेलीफोन पर', 'phone'],
  ['फोन के जरिए', 'phone'],
  ['फोन के जरिये', 'phone'],
  ['फोन के माध्यम से', 'phone'],
  ['टेलीफोन के माध्यम से', 'phone'],
  ['फोन कॉल', 'phone'],
  ['फोन वार्ता', 'phone'],
  ['टेलीफोन वार्ता', 'phone'],
  ...['वीडियो', 'विडियो'].flatMap((video) =>
    ['कॉन्फ्रेंस', 'कॉन्फ्रेंसिंग', 'कांफ्रेंस', 'कांफ्रेंसिंग', 'कान्फ्रेंस', 'कान्फ्रेंसिंग', 'कॉल'].flatMap((conference) => [
      [`${video} ${conference}`, 'video'] as const,
      [`${video}-${conference}`, 'video'] as const,
    ]),
  ),
  ['वर्चुअल', 'video'],
  ['वर्चुअली', 'video'],
  ['आभासी', 'video'],
  ['ऑनलाइन', 'video'],
];

/** Verbs of meeting that are the encounter themselves after "X से": "मोदी से मिले", "मिलने पहुंचे". */
export const MEETING_VERBS = ['मिले', 'मिलीं', 'मिली', 'मिला', 'मिलने'];

/** Verbs that make an encounter word the lead's own: "से भेंट की", "मुलाकात हुई". */
export const ENCOUNTER_VERBS = ['की', 'कीं', 'किया', 'किए', 'करेंगे', 'करेंगी', 'हुई', 'हुआ', 'हुईं', 'होगी', 'करने', 'करते', 'कर'];

/** "<X> से/के साथ <encounter> …": the counterpart of a meeting. */
export const WITH_WORDS = ['से', 'के साथ', 'संग'];

/** What follows the encounter word when a sentence is set in that meeting. */
export const DURING_WORDS = ['के समय', 'के दौरान', 'में', 'करते समय', 'करते हुए', 'के वक्त', 'के मौके पर', 'के अवसर पर'];

/**
 * Speech verbs after "<subject> ने": the words that say a participant said
 * something. Multi-word entries match as a phrase; words may stand between
 * "ने" and the verb (SPEECH_REACH). A sentence with no cue of its own may go
 * on with what these introduce.
 */
export const SPEECH_VERBS = [
  'कहा',
  'कहाः',
  'बताया',
  'जोड़ा',
  'दोहराया',
  'लिखा',
  'ट्वीट किया',
  'पोस्ट किया',
  'घोषणा की',
  'जोर दिया',
  'जोर देकर कहा',
  'कहकर संबोधित किया',
  'बल दिया',
  'उल्लेख किया',
  'जिक्र किया',
  'रेखांकित किया',
  'स्पष्ट किया',
  'आश्वासन दिया',
  'आश्वस्त किया',
  'सुझाव दिया',
  'आह्वान किया',
  'अपील की',
  'पुष्टि की',
  'करार दिया',
  'की बात की',
  'की बात कही',
  'आशा व्यक्त की',
  'आशा जताई',
  'उम्मीद जताई',
  'उम्मीद व्यक्त की',
  'उम्मीद जाहिर की',
  'विश्वास व्यक्त किया',
  'विश्वास जताया',
  'भरोसा जताया',
  'भरोसा दिलाया',
  'इच्छा जताई',
  'इच्छा व्यक्त की',
  'चिंता जताई',
  'चिंता व्यक्त की',
  'संतोष व्यक्त किया',
  'संतोष जताया',
  'प्रसन्नता व्यक्त की',
  'खुशी जताई',
  'खुशी व्यक्त की',
  'समर्थन व्यक्त किया',
  'प्रतिबद्धता दोहराई',
  'प्रतिबद्धता जताई',
  'प्रतिबद्धता व्यक्त की',
  'कहना था',
];

/** Speech verbs only before the words they report: "ने जानकारी दी कि …" (but "यह जानकारी दी" points back to words before). */
export const SPEECH_VERBS_BEFORE_KI = ['जानकारी दी', 'सूचित किया', 'स्पष्ट कहा'];

/**
 * Speech acts without content of their own ("X ने … धन्यवाद दिया"): the
 * sentence is the subject's, but the next one does not go on with it.
 */
export const SPEECH_ACTS = [
  'धन्यवाद दिया',
  'धन्यवाद किया',
  'आभार व्यक्त किया',
  'आभार जताया',
  'सराहना की',
  'प्रशंसा की',
  'तारीफ की',
  'बधाई दी',
  'शुभकामनाएं दीं',
  'शुभकामनाएँ दीं',
  'कामना की',
  'आमंत्रण किया',
  'आमंत्रित किया',
  'न्योता दिया',
  'याद किया',
];

/** Speech verbs whose subject takes no "ने": "मोदी बोले", "शी ने … बोले" is rare. */
export const INTRANSITIVE_SPEECH = ['बोले', 'बोलीं', 'बोला', 'बोली'];

/** At most this many words between "<subject> ने" and its speech verb. */
export const SPEECH_REACH = 30;

/** "<X> के अनुसार" and "<X> का कहना है": X says what follows. */
export const ACCORDING_TO = ['के अनुसार', 'के मुताबिक', 'के मुताबिक़', 'का कहना है', 'का कहना था', 'की राय में', 'के शब्दों में'];

/** "X से … सवाल किया गया तो उन्होंने कहा": X was asked, and "उन्होंने" is X. */
export const QUESTION_WORDS = ['सवाल', 'सवालों', 'प्रश्न', 'प्रश्नों', 'पूछा', 'पूछे', 'पूछी', 'पूछने'];

/** Pronoun subjects: they continue the current speaker, or name no one. */
export const PRONOUN_SUBJECTS = ['उन्होंने', 'उन्होने', 'उसने', 'इन्होंने', 'वह', 'वे', 'उनका', 'उनके'];

/**
 * First-person words: a sentence with one of them and no cue of its own is
 * someone's words, not the report's ("हमने … चर्चा की" after "मोदी ने कहा").
 */
export const FIRST_PERSON = ['मैं', 'मैंने', 'मुझे', 'मेरा', 'मेरी', 'मेरे', 'हम', 'हमने', 'हमें', 'हमारा', 'हमारी', 'हमारे'];

/** Abbreviations whose full stop does not end a sentence: डॉ., एस. (initials). */
export const ABBREVIATIONS = [
  'डॉ', 'श्री', 'प्रो', 'हि', 'स', 'सं',
  'ए', 'बी', 'सी', 'डी', 'ई', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस', 'टी', 'यू', 'वी', 'डब्ल्यू', 'एक्स', 'वाई', 'जेड',
];

/** Subjects that speak for both sides: such a sentence is narration. */
export const JOINT_SUBJECTS = [
  'दोनों पक्षों',
  'दोनों पक्ष',
  'दोनों नेताओं',
  'दोनों नेता',
  'दोनों देशों',
  'दोनों देश',
  'दोनों राष्ट्राध्यक्षों',
  'दोनों राष्ट्रपतियों',
  'दोनों प्रधानमंत्रियों',
  'दोनों ओर',
  'दोनों तरफ',
  'नेताओं',
  'प्रतिनिधिमंडलों',
];

/** Openings of a sentence that tell background, not anyone's words. */
export const NARRATION_OPENERS = [
  'इससे पहले',
  'इसके बाद',
  'गौरतलब है',
  'उल्लेखनीय है',
  'बता दें',
  'बताते चलें',
  'ज्ञात हो',
  'विदित हो',
  'बैठक के बाद',
  'मुलाकात के बाद',
  'वार्ता के बाद',
  'बातचीत के बाद',
  'भेंट के बाद',
];

/**
 * A sentence that ends in one of these (before the danda) tells what
 * happened; when it has no speech cue of its own it does not continue the
 * previous speaker's words.
 */
export const NARRATIVE_ENDINGS = [
  'किया', 'की', 'किए', 'किये', 'कीं',
  'हुआ', 'हुई', 'हुए', 'हुईं',
  'गया', 'गई', 'गए', 'गये', 'गईं',
  'था', 'थी', 'थे', 'थीं',
  'पहुंचे', 'पहुंची', 'पहुंचा', 'पहुँचे',
  'रहा', 'रही', 'रहे',
  'चला', 'चली', 'चले', 'आए', 'आई', 'आया', 'लौटे', 'लौटी', 'लौटा', 'उतरे', 'निकले', 'बैठे',
  'मिले', 'मिलीं', 'मिला',
  'लिया', 'दिया', 'दी', 'दिए',
];

/** "…में भाग लेने वाले" and the like close the lead's occasion. */
export const TAKING_PART = ['में भाग', 'में हिस्सा', 'में शामिल', 'में शिरकत', 'के लिए'];
/** "अलग-अलग तौर पर" and the like stand between the venue and the occasion. */
export const SEPARATELY = ['अलग-अलग', 'तौर', 'पर', 'अलग', 'से'];

/** Month names as Hindi datelines write them, January first, with their variant spellings. */
export const MONTHS: ReadonlyArray<readonly string[]> = [
  ['जनवरी'],
  ['फरवरी', 'फ़रवरी'],
  ['मार्च'],
  ['अप्रैल', 'अप्रेल'],
  ['मई'],
  ['जून'],
  ['जुलाई'],
  ['अगस्त'],
  ['सितंबर', 'सितम्बर'],
  ['अक्टूबर', 'अक्तूबर'],
  ['नवंबर', 'नवम्बर'],
  ['दिसंबर', 'दिसम्बर'],
];

/** "<country> की यात्रा पर", "<country> दौरे पर": someone visits the country. */
export const VISIT_NOUNS = ['यात्रा', 'दौरे', 'दौरा'];
/** Words that may stand between the country and the visit: "भारत की तीन दिवसीय राजकीय यात्रा". */
export const VISIT_QUALIFIERS = [
  'राजकीय', 'आधिकारिक', 'सरकारी', 'निजी', 'पहली', 'पहले', 'दूसरी', 'ऐतिहासिक', 'महत्वपूर्ण', 'अहम', 'द्विपक्षीय', 'औपचारिक',
  'दिवसीय', 'दिनों', 'दिन', 'एक', 'दो', 'तीन', 'चार', 'पांच', 'छह', 'सात', 'गत', 'पिछली', 'पिछले', 'पूर्व', 'आगामी', 'अगली', 'अगले', 'भावी', 'प्रस्तावित',
];
/** Words that make "<country> यात्रा पर" speak about a visit rather than tell one: "यात्रा पर बात की", "यात्रा पर … टिप्पणी". */
export const ABOUT_WORDS = ['बात', 'बातें', 'चर्चा', 'विचार', 'टिप्पणी', 'प्रतिक्रिया', 'बयान', 'सवाल', 'प्रश्न', 'रिपोर्ट', 'लेख', 'आपत्ति', 'विवाद'];
/** "यात्रा पर आए <P>": someone came on a visit. */
export const COMING_VERBS = ['आए', 'आये', 'आई', 'आईं', 'आयीं', 'आयी', 'आया', 'आकर'];
/** "<place> पहुंचे": someone came to the place. */
export const ARRIVAL_VERBS = ['पहुंचे', 'पहुंची', 'पहुंचा', 'पहुँचे', 'पहुँची', 'पधारे'];
/** Verbs that put a visit in the future: "भारत यात्रा पर आएंगे" tells of no visit now. */
export const FUTURE_VERBS = ['आएंगे', 'आयेंगे', 'आएगी', 'आयेगी', 'आएगा', 'जाएंगे', 'जायेंगे', 'जाएगी', 'जाएगा', 'रहेंगे', 'होंगे', 'करेंगे', 'करेंगी'];
/** "X ने Y का स्वागत किया": X welcomes Y. */
export const WELCOME_WORDS = ['स्वागत', 'अगवानी', 'आवभगत'];
/** "X की मेजबानी में": X hosts. */
export const HOSTING_WORDS = ['मेजबानी', 'मेज़बानी'];
/** A participant attends an event where the meeting is held: "… में भाग लेने वाले", "उपस्थित". */
export const ATTENDING_WORDS = ['भाग लेने', 'भाग ले रहे', 'हिस्सा लेने', 'हिस्सा ले रहे', 'शिरकत करने', 'शामिल होने', 'उपस्थित', 'मौजूद'];
/** "यहां": the place the report was filed from, the dateline's. */
export const HERE = ['यहां', 'यहाँ'];

/** Weekdays, Sunday first (as Date.getUTCDay counts), with their variant names. */
export const WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ['रविवार', 'इतवार'],
  ['सोमवार'],
  ['मंगलवार'],
  ['बुधवार'],
  ['गुरुवार', 'बृहस्पतिवार', 'वीरवार'],
  ['शुक्रवार'],
  ['शनिवार'],
];
export const TODAY = ['आज', 'आज़'];
/** "कल" is yesterday only before a verb in the past (PAST_VERBS); else tomorrow. */
export const YESTERDAY = ['कल'];
export const PAST_VERBS = ['की', 'कीं', 'किया', 'किए', 'किये', 'हुई', 'हुआ', 'हुए', 'हुईं', 'थी', 'था', 'थे', 'थीं', 'मिले', 'मिलीं', 'मिला'];

/** Credit lines open with "(साभार" and a dash or colon, or end "द्वारा प्रकाशित" (structure.ts). */
export const CREDIT_WORDS = ['साभार', 'इनपुट', 'सौजन्य'];
