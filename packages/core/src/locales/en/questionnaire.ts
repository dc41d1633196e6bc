import type { QuestionnaireContent } from '../../questionnaire/content.js';
import type { EnglishWords } from './words.js';

/** Every word of the questionnaire in English. */
export function questionnaire(w: EnglishWords): QuestionnaireContent {
  return {
    title: 'Your thoughts about scans',
    stem: 'How much do you agree with each sentence?',
    scanHelp: 'A scan means an X-ray, a CT scan or an MRI scan of your back.',
    scale: {
      sd: 'Strongly disagree',
      d: 'Disagree',
      ns: 'Not sure',
      a: 'Agree',
      sa: 'Strongly agree',
    },
    items: {
      'leg-1': 'A scan would prove to other people that my pain is real.',
      'leg-2': 'I worry my doctor will not believe me unless I have a scan.',
      'leg-3': 'If I do not get a scan, I feel I am not being taken seriously.',
      'leg-4': 'Good care for back pain means having a scan.',
      'thr-1': 'I worry that a serious problem could be missed.',
      'thr-2': 'I will not feel calm until a scan shows nothing bad is wrong.',
      'thr-3': 'Not knowing what is wrong with my back scares me.',
      'thr-4': 'A scan cannot do me any harm.',
      'nav-1': 'A scan will show where my pain is coming from.',
      'nav-2': 'My doctor needs a scan to know how to treat my back.',
      'nav-3': 'Without a scan, I do not know what will happen next with my care.',
      'nav-4': `I need a scan to get other help, like ${w.american ? 'a physical therapist' : 'physio'}, a back doctor, or time off work.`,
    },
    emergency: {
      intro: 'First, a quick safety check. Do you have any of these new problems with your back pain?',
      signs: {
        'rf1-saddle':
          'Do you have new numbness, tingling or an odd feeling around your genitals, bottom or inner thighs? Or does it feel different when you wipe?',
        'rf1-bladder':
          'Do you have new trouble when you pee? For example, it is hard to start, the flow is weak or will not come, you cannot feel it, you cannot tell if your bladder is full, or you leak.',
        'rf1-bowel': 'Do you have new trouble with your bowels? For example, you cannot hold it in, or you cannot feel it when you go.',
        'rf1-sexual':
          'Is there a new change in your sex life? For example, you feel less in your genitals, or it is hard to get an erection or ejaculate.',
        'rf1-both-legs': 'Do you have new pain, pins and needles, numbness or weakness in both legs? Or has pain in one leg spread to both?',
        'rf1-weakness': 'Do you have new leg weakness that is bad or getting worse? Or do your legs suddenly feel heavy, wobbly or hard to walk on?',
        'rf1-injury': 'Did your back pain start after a recent serious injury? For example, a car crash or a fall from a height.',
        'rf1-chest': 'Do you have new chest pain as well as your back pain?',
      },
      yes: 'Yes',
      no: 'No',
      contact: w.emergency,
      instructions: ({ number, service }) =>
        `Go to ${service} or call ${number} now. What you told us needs to be checked right away. ` +
        `Do not wait for a ${w.appointment}. You do not need to finish these questions.`,
    },
    wantScan: {
      question: 'Do you want a scan for your back?',
      options: { yes: 'Yes', no: 'No', 'not-sure': 'Not sure' },
    },
    worry: {
      question: 'What worries you most about your back?',
      hint: 'You do not have to answer this.',
    },
  };
}
