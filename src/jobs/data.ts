import { z } from 'zod';

export const PollSourceData = z.object({
  sourceId: z.string(),
  /** `veille once`: one poll per source, a failure is not retried before the command ends */
  once: z.boolean().optional(),
});
export type PollSourceData = z.infer<typeof PollSourceData>;

export const FetchArticleData = z.object({
  sourceId: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  title: z.string().default(''),
  summary: z.string().default(''),
  publishedAt: z.string().nullable().default(null),
});
export type FetchArticleData = z.infer<typeof FetchArticleData>;

export const StoryJobData = z.object({ storyId: z.string() });
export type StoryJobData = z.infer<typeof StoryJobData>;

export const DeliverAlertData = z.object({ outboxId: z.string() });
export type DeliverAlertData = z.infer<typeof DeliverAlertData>;

export const SendDigestData = z.object({ digestId: z.string() });
export type SendDigestData = z.infer<typeof SendDigestData>;
