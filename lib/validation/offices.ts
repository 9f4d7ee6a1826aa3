import { z } from 'zod';
import { OFFICE_KINDS } from '@/db/schema/offices';
import { LOCALES } from '@/lib/i18n/locales';
import { TimeZone } from './time-zone';

const officeName = z.string().trim().min(1, 'required').max(200, 'too_long');
const cityName = z.string().trim().min(1, 'required').max(120, 'too_long');

const officeFields = {
  parentId: z.union([z.uuid(), z.literal('').transform(() => null)]),
  nameFr: officeName,
  nameEn: officeName,
  nameEs: officeName,
  cityFr: cityName,
  cityEn: cityName,
  cityEs: cityName,
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'invalid_country_code'),
  timeZone: TimeZone,
  defaultLanguage: z.enum(LOCALES, 'required'),
};

export const CreateOfficeInput = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'invalid_code')
    .max(60, 'too_long'),
  kind: z.enum(OFFICE_KINDS, 'required'),
  ...officeFields,
});
export type CreateOfficeInput = z.infer<typeof CreateOfficeInput>;

export const UpdateOfficeInput = z.object({ officeId: z.uuid(), ...officeFields });
export type UpdateOfficeInput = z.infer<typeof UpdateOfficeInput>;
