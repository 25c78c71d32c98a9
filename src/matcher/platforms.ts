/**
 * "She wrote on X", "in a post on X", "organised on TikTok and X": the social network's
 * one-letter name needs context (X is also a letter, a numeral, a variable), and the words
 * around it give it: "on" after a word of posting, or a list with another platform. Where
 * the page names the network or its owner ("Twitter", "Elon Musk"), the score finds it
 * without this rule; here a page that says only "wrote on X" is enough.
 */
import type { AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { gapIsSpace, listedAfter, listedBefore } from './name-context';
import { narrow, type PairedCandidate } from './place-pairs';

/** Words before "on X" that say a platform is meant ("posted on X", "a video on X", "his account on X"). */
const POSTING_WORDS = new Set([
  'post', 'posts', 'posted', 'posting', 'repost', 'reposted', 'write', 'wrote', 'writes', 'writing', 'written', 'said', 'says', 'saying',
  'announced', 'announcing', 'shared', 'sharing', 'tweeted', 'replied', 'responded', 'boasted', 'declared', 'claimed', 'complained',
  'video', 'videos', 'statement', 'message', 'messages', 'account', 'accounts', 'livestream', 'thread', 'comment', 'comments',
  'remarks', 'followers', 'published', 'appeared', 'active', 'banned', 'suspended', 'ads', 'content', 'clip', 'clips', 'photo', 'photos',
]);

/** Platforms a list may name beside X ("TikTok and X", "Facebook, YouTube and X"). */
const PLATFORMS = new Set([
  'tiktok', 'facebook', 'instagram', 'youtube', 'threads', 'bluesky', 'telegram', 'reddit', 'snapchat', 'linkedin', 'whatsapp',
  'twitch', 'discord', 'mastodon', 'rumble', 'weibo', 'wechat', 'kick', 'substack', 'spotify',
]);

/** Narrows each lone "X" the words around it show to be the social network. Returns those it settled. */
export function ruleOnPlatformX<J extends PairedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  const settled = new Set<J>();
  for (const j of judged) {
    const c = j.candidate;
    if (c.first !== c.last) continue;
    const tokens = page.blocks[c.block]!;
    if (tokens.text.slice(tokens.starts[c.first]!, tokens.ends[c.first]!) !== 'X') continue;
    const companies = j.entities.filter((e) => index.entityType(e) === 'company');
    if (companies.length !== 1) continue;
    // "X-ray", "X-Men": a hyphen makes another word.
    if (tokens.text.charAt(tokens.ends[c.first]!) === '-' || (c.first > 0 && tokens.text.charAt(tokens.starts[c.first]! - 1) === '-')) continue;
    const on = c.first - 1;
    const afterPosting = on >= 1 && tokens.word(on) === 'on' && gapIsSpace(page, c.block, on) && gapIsSpace(page, c.block, on - 1) && POSTING_WORDS.has(tokens.word(on - 1));
    const before = listedAfter(page, c);
    const after = listedBefore(page, c);
    const inList = (before >= 0 && PLATFORMS.has(tokens.word(before))) || (after >= 0 && PLATFORMS.has(tokens.word(after)));
    if (!afterPosting && !inList) continue;
    narrow(j, companies[0]!);
    settled.add(j);
  }
  return settled;
}
