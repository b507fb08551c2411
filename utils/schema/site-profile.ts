import { z } from 'zod';
import { roleSchema } from './person';

/** One field an officer taught: how to find it, and which canonical key/role it holds. */
export const recipeFieldSchema = z.object({
  selector: z.string().min(1).max(500),
  key: z.string().min(1).max(60),
  role: roleSchema.optional(),
});

/** A site profile ("recipe"): per origin + path pattern, used before heuristics. */
export const siteProfileSchema = z.object({
  id: z.string().min(1),
  origin: z.string().url(),
  pathPattern: z.string().max(300).default('*'),
  name: z.string().max(120).optional(),
  fields: z.array(recipeFieldSchema).max(500),
  updatedAt: z.number().int(),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;
