import {
  FINDING_NAMES,
  findingFactId,
  facts as registry,
  radiationFactId,
  VERIFIED_FINDING_AGES,
  type FindingName,
  type ScanType,
} from '../../evidence/facts.js';
import type { FactText } from '../../evidence/types.js';
import type { GuidePack } from '../pack.js';
import type { EnglishWords } from './words.js';

/**
 * The words of every registry figure in English (docs/evidence.md). Most sentences are the
 * same in every English locale; where a health-service word differs (GP / doctor, physio /
 * physical therapist), the American words are given second.
 */
function words(w: EnglishWords, gb: FactText, us: Partial<FactText> = {}): FactText {
  return w.american ? { ...gb, ...us } : gb;
}

/** Findings on scans of people with no back pain, by age: the outcome, and its name in a sentence. */
const FINDINGS: Record<FindingName, { outcome: string; name: string }> = {
  'disc-bulge': { outcome: 'had a disc bulge', name: 'a disc bulge' },
  'disc-degeneration': { outcome: 'had disc "wear and tear" (degeneration)', name: 'disc "wear and tear" (degeneration)' },
};

/** Radiation from one scan of the lower back, in everyday terms. */
const RADIATION: Record<ScanType, string> = {
  xray: 'An X-ray of the lower back uses radiation. It is about the same as the natural radiation we all get in up to 6 months of daily life.',
  ct: 'A CT scan of the lower back uses more radiation than an X-ray. It is about the same as the natural radiation we all get in 2 years of daily life.',
  mri: 'An MRI scan uses magnets and radio waves. It uses no radiation of the kind that X-rays and CT scans use.',
};

/** Every figure's words, by fact id, and the caveats some must show. */
export function facts(w: EnglishWords): GuidePack['facts'] {
  const value = (id: string) => registry.find((f) => f.id === id)?.value;
  const text: Record<string, FactText> = {
    'serious-cause': words(
      w,
      {
        statement: 'About 1 out of 100 people who see a GP or physio with new low back pain turn out to have a serious cause. The other 99 do not.',
        population: 'people seeing a GP or physio with new low back pain',
        timeframe: 'over the next year',
        outcome: 'turned out to have a serious cause',
        others: 'did not',
      },
      {
        statement:
          'About 1 out of 100 people who see a doctor or physical therapist with new low back pain turn out to have a serious cause. The other 99 do not.',
        population: 'people seeing a doctor or physical therapist with new low back pain',
      },
    ),
    'red-flag-answers': words(
      w,
      {
        statement:
          'About 80 out of 100 people with new low back pain say yes to at least one warning-sign question. Yet only about 1 of them has a serious cause. That is why your GP looks at the whole picture, not one answer.',
        population: 'people seeing a GP or physio with new low back pain',
        timeframe: 'at their first visit',
        outcome: 'said yes to at least one warning-sign question',
        others: 'did not',
      },
      {
        statement:
          'About 80 out of 100 people with new low back pain say yes to at least one warning-sign question. Yet only about 1 of them has a serious cause. That is why your doctor looks at the whole picture, not one answer.',
        population: 'people seeing a doctor or physical therapist with new low back pain',
      },
    ),
    'no-pain-abnormal-disc': words(w, {
      statement: 'About 64 out of 100 adults with no back pain have at least one disc that does not look "normal" on an MRI scan.',
      population: 'adults with no back pain',
      timeframe: 'on one MRI scan',
      outcome: 'had at least one disc that did not look "normal"',
      others: 'had normal discs',
    }),
    'back-at-work-2-weeks': words(
      w,
      {
        statement: 'About 50 out of 100 people with new low back pain are back at their usual work or activity within 2 weeks.',
        population: 'people seeing a GP with back pain that started in the last 2 weeks',
        timeframe: 'within 2 weeks',
        outcome: 'were back at their usual work or activity',
        others: 'were not back yet',
      },
      { population: 'people seeing a doctor with back pain that started in the last 2 weeks' },
    ),
    'back-at-work-3-months': words(
      w,
      {
        statement: 'About 83 out of 100 people with new low back pain are back at their usual work or activity within 3 months.',
        population: 'people seeing a GP with back pain that started in the last 2 weeks',
        timeframe: 'within 3 months',
        outcome: 'were back at their usual work or activity',
        others: 'were not back yet',
      },
      { population: 'people seeing a doctor with back pain that started in the last 2 weeks' },
    ),
    'recovered-1-year': words(
      w,
      {
        statement:
          'About 72 out of 100 people with new low back pain have no pain and are fully back to normal within a year. Many of the others still have some mild pain.',
        population: 'people seeing a GP with back pain that started in the last 2 weeks',
        timeframe: 'within a year',
        outcome: 'were fully back to normal, with no pain',
        others: 'still had some pain or limits',
      },
      { population: 'people seeing a doctor with back pain that started in the last 2 weeks' },
    ),
    'another-episode-1-year': words(w, {
      statement:
        'About 33 out of 100 people who get better have another bout of back pain within a year. Flare-ups are common and usually settle again.',
      population: 'people who got better from an episode of low back pain',
      timeframe: 'within a year',
      outcome: 'had another bout of back pain',
      others: 'did not',
    }),
    'surgery-after-early-mri': words(w, {
      statement: 'In one trial, about 5 out of 100 people who had an early MRI went on to have back surgery. They did not get better any faster.',
      population: 'people with low back pain who had an MRI as their first scan',
      timeframe: 'within a year',
      outcome: 'had back surgery',
      others: 'did not',
    }),
    'surgery-after-early-xray': words(w, {
      statement: 'In the same trial, about 2 out of 100 people who had an X-ray instead went on to have back surgery.',
      population: 'people with low back pain who had an X-ray as their first scan',
      timeframe: 'within a year',
      outcome: 'had back surgery',
      others: 'did not',
    }),
    'pain-halves-first-month': words(w, {
      statement: 'On average, pain and how much it gets in the way drop by more than half (58%) in the first month.',
      population: 'people with new low back pain',
      timeframe: 'in the first month',
    }),
    'mean-pain-6-weeks': words(w, {
      statement: 'On a pain scale of 0 to 100, the average score falls from about 52 to about 23 within 6 weeks.',
      population: 'people with new low back pain',
      timeframe: 'within 6 weeks',
    }),
    'early-scan-no-faster-recovery': words(w, {
      statement: 'In 6 trials with 1,804 people, those who had a scan straight away did not get better any faster than those who did not.',
      population: 'people with low back pain and no sign of a serious cause',
      timeframe: 'over 3 months to a year',
    }),
    'xray-more-visits': words(
      w,
      {
        statement: 'In one trial, people who had an X-ray were no better after 3 months. They went back to their GP more often.',
        population: 'people seeing a GP with low back pain',
        timeframe: 'over 3 months',
      },
      {
        statement: 'In one trial, people who had an X-ray were no better after 3 months. They went back to their doctor more often.',
        population: 'people seeing a doctor with low back pain',
      },
    ),
    'report-words-misunderstood': words(w, {
      statement:
        'In a survey of 677 adults, no more than 35 out of 100 knew what "disc degeneration" on a scan report means. Words like this made many people worry more than they needed to.',
      population: 'adults reading words used in back scan reports',
      timeframe: 'in one survey',
    }),
  };
  for (const finding of FINDING_NAMES) {
    const { outcome, name } = FINDINGS[finding];
    for (const age of VERIFIED_FINDING_AGES) {
      const id = findingFactId(finding, age);
      text[id] = {
        statement: `About ${value(id)} out of 100 people aged ${age} with no back pain have ${name} on a scan.`,
        population: `people aged ${age} with no back pain`,
        timeframe: 'on one MRI or CT scan',
        outcome,
        others: 'did not',
      };
    }
  }
  for (const scan of Object.keys(RADIATION) as ScanType[]) {
    text[radiationFactId(scan)] = { statement: RADIATION[scan], population: 'adults having a scan of the lower back', timeframe: 'from one scan' };
  }
  const oneTrial = 'This comes from one trial. We do not know for sure that the difference is real.';
  return { text, caveat: { 'surgery-after-early-mri': oneTrial, 'surgery-after-early-xray': oneTrial } };
}
