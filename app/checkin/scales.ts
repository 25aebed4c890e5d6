// The 1-7 scales in words, so nobody has to decode a number on a phone.
export const SCALES = {
  mood: { label: "Mood", words: ["Very low", "Flat", "Meh", "Okay", "Good", "Bright", "Buzzing"] },
  energy: { label: "Energy", words: ["Empty", "Drained", "Tired", "Okay", "Fresh", "Lively", "Full of beans"] },
  sleepQuality: { label: "Sleep", words: ["Awful", "Poor", "Restless", "Okay", "Good", "Deep", "Perfect"] },
  soreness: { label: "Soreness or stiffness", words: ["None", "Barely", "A little", "Some", "Sore", "Stiff", "Very stiff"] },
  stress: { label: "Stress", words: ["None", "Calm", "A little", "Some", "Stressed", "High", "Overwhelmed"] },
  motivation: { label: "Motivation", words: ["None", "Reluctant", "Low", "Okay", "Keen", "Eager", "Fired up"] },
} as const;

export type ScaleKey = keyof typeof SCALES;
