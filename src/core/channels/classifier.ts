/**
 * Guesses the problem type and urgency from the user's own words, in English and Chinese. The cues
 * are data: each pattern adds its weight to one or more problem types; the highest total wins
 * (ties go to the more serious problem, in PRIORITY order), and a total under MIN_SCORE means
 * "general". Urgency starts at the problem's default; words like "urgent" / "紧急" raise it and
 * "no rush" / "不急" lower it — except that a compromised account always stays an emergency.
 * The user can override both guesses in the picker.
 */
import { defaultUrgency, URGENCIES, type ProblemType, type Urgency } from './ranking.js';

export interface ProblemCue {
  problems: readonly ProblemType[];
  weight: number;
  pattern: RegExp;
}

export interface UrgencyCue {
  urgency: Urgency;
  pattern: RegExp;
}

/** Ties resolve to the first of these: the more serious problem wins. */
export const PRIORITY: readonly ProblemType[] = ['compromised', 'withdrawal_issue', 'deposit_missing', 'evidence', 'how_to', 'general'];
export const MIN_SCORE = 2;

const cue = (problems: ProblemType | ProblemType[], weight: number, pattern: RegExp): ProblemCue => ({
  problems: Array.isArray(problems) ? problems : [problems],
  weight,
  pattern,
});

export const PROBLEM_CUES: readonly ProblemCue[] = [
  // Compromised account: English
  cue('compromised', 3, /\bcompromis/),
  cue('compromised', 3, /\bhack(?:ed|er|ers|ing)?\b/),
  cue('compromised', 3, /\bstol(?:en|e)\b/),
  cue('compromised', 3, /\bunauthori[sz]ed\b/),
  cue('compromised', 3, /\bsomeone (?:else )?(?:has )?(?:logged|log|signed|sign|got|gotten|broke) ?(?:in|into)\b/),
  cue('compromised', 3, /\bsuspicious (?:login|log-in|sign-in|activity|withdrawal|transfer|device)/),
  cue('compromised', 3, /\b(?:freeze|lock|disable|block) (?:my |the )?account/),
  cue('compromised', 3, /\b(?:did ?n[o']?t|never) (?:make|authori[sz]e|request|initiate|approve)\b/),
  // "anti-phishing code" / 防钓鱼码 is a setting, not an attack.
  cue('compromised', 3, /\b(?<!anti-)phish|\bscam|\bdrained\b/),
  cue('compromised', 2, /\b(?:2fa|password|email|phone number) (?:was |has been |got )?(?:changed|reset|removed) (?:without|by someone)/),
  // Compromised account: Chinese
  cue('compromised', 3, /被盗|盗号|被黑|黑客|异常登录|陌生(?:设备|登录|ip)|不是我(?:本人)?(?:操作|登录)|非本人|被人登录|被转走|诈骗|骗子|(?<!防)钓鱼|未经?授权|冻结(?:我的)?(?:账户|账号|帐号|帐户)/),
  // Deposits
  cue('deposit_missing', 2, /\bdeposit|\btop[- ]?up\b|\bfund(?:ed|ing)? (?:my|the) account/),
  cue('deposit_missing', 2, /充值|充币|入金|存入|转入|入账/),
  cue('deposit_missing', 1, /\bnot (?:been |yet )?(?:credited|arrived|showing|shown up|reflected)\b|\bhas ?n[o']?t (?:been )?(?:credited|arrived|shown up)\b|\bhave ?n[o']?t (?:arrived|shown up)\b/),
  // Withdrawals
  cue('withdrawal_issue', 2, /\bwithdr[ae]w|\bcash(?:ed|ing)? out\b|\bpayout/),
  cue('withdrawal_issue', 2, /提现|提币|出金|提款|转出/),
  cue('withdrawal_issue', 1, /\bnot (?:been |yet )?received\b|\bhave ?n[o']?t (?:been )?received\b|\bnever (?:arrived|received)\b/),
  // Either way: something is stuck or missing
  cue(['deposit_missing', 'withdrawal_issue'], 1, /\b(?:stuck|pending|delayed?|missing|lost|on hold)\b/),
  cue(['deposit_missing', 'withdrawal_issue'], 1, /未到账|没到账|没有到账|不到账|还没到|未入账|没收到|没有收到|卡住|延迟|一直在?处理中|审核中/),
  // Evidence: documents, disputes, mistakes that need proof
  cue('evidence', 2, /\bscreenshots?\b|\bproof\b|\bevidence\b|\bdocuments?\b|\bdispute|\bappeal|\brefund|\binvoice|\bstatement\b/),
  cue('evidence', 2, /\bwrong (?:address|network|chain|memo|tag|coin|token)|\b(?:forgot|missing|without|no) (?:the |a )?(?:memo|tag|destination tag)\b/),
  cue('evidence', 2, /截图|证据|证明|申诉|退款|账单|流水|填错|错误的?(?:网络|地址|链)|转错|(?:漏填|忘记填?|没填|没有填).{0,4}(?:memo|标签|备注)/),
  // How-to questions
  cue('how_to', 3, /^(?:how|where|what|which|can i|is it possible|is there)\b/),
  cue('how_to', 2, /\bhow (?:do|can|to|does|should|long|much)\b|\bwhere (?:do|can|is|are)\b|\bwhat (?:is|are|does)\b/),
  cue('how_to', 2, /\b(?:guide|tutorial|instructions?)\b|\bsteps? to\b/),
  cue('how_to', 2, /如何|怎么|怎样|在哪|哪里|什么是|教程|步骤|能否|可以.{0,8}吗/),
];

export const URGENCY_CUES: readonly UrgencyCue[] = [
  // "not urgent" first: it contains "urgent" (and 不急 contains 急).
  { urgency: 'low', pattern: /\bnot urgent\b|\bno rush\b|\bno hurry\b|\bwhenever\b|\bjust (?:curious|wondering)\b|不急|不着急|有空/ },
  { urgency: 'emergency', pattern: /\bemergency\b|紧急情况|十万火急|救命/ },
  { urgency: 'urgent', pattern: /\burgent(?:ly)?\b|\basap\b|\bimmediately\b|\bright now\b|\bright away\b|\bhurry\b|紧急|着急|急|尽快|马上|立刻|立即/ },
];

export interface Classification {
  problem: ProblemType;
  urgency: Urgency;
  /** Total weight of the winning problem (0 when nothing matched). */
  score: number;
  /** Whether any cue matched; false means the text said nothing we recognise. */
  recognised: boolean;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim();
}

export function classifyProblem(text: string, cues: readonly ProblemCue[] = PROBLEM_CUES, urgencyCues: readonly UrgencyCue[] = URGENCY_CUES): Classification {
  const normalized = normalize(text);
  const scores = new Map<ProblemType, number>();
  for (const { problems, weight, pattern } of cues) {
    if (!pattern.test(normalized)) continue;
    for (const problem of problems) scores.set(problem, (scores.get(problem) ?? 0) + weight);
  }
  let problem: ProblemType = 'general';
  let best = 0;
  for (const candidate of PRIORITY) {
    const score = scores.get(candidate) ?? 0;
    if (score > best) {
      best = score;
      problem = candidate;
    }
  }
  if (best < MIN_SCORE) problem = 'general';

  let urgency = defaultUrgency(problem);
  const said = urgencyCues.find((entry) => entry.pattern.test(normalized))?.urgency;
  if (said && problem !== 'compromised') {
    // "urgent" never lowers an emergency; "no rush" does lower the default.
    urgency = said === 'low' || URGENCIES.indexOf(said) < URGENCIES.indexOf(urgency) ? said : urgency;
  }
  return { problem, urgency, score: best, recognised: scores.size > 0 };
}
