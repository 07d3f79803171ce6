import { z } from "zod";

export const SignInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .max(254, "That address is too long.")
    .email("Enter a valid email address, like name@hospital.org."),
  callbackUrl: z.string().max(2000).optional(),
});
