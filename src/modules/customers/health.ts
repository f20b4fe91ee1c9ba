// Health figures derived from a member's measurements, computed in one place.

export type BmiCategory = 'Underweight' | 'Normal' | 'Overweight' | 'Obese'

const round1 = (n: number) => Math.round(n * 10) / 10

/** Body-mass index (kg/m²) to one decimal, or null without both measurements. */
export function bmi(weightKg: number | null, heightCm: number | null): number | null {
  if (!weightKg || !heightCm) return null
  return round1(weightKg / (heightCm / 100) ** 2)
}

/** WHO adult bands. */
export function bmiCategory(value: number | null): BmiCategory | null {
  if (value === null) return null
  if (value < 18.5) return 'Underweight'
  if (value < 25) return 'Normal'
  if (value < 30) return 'Overweight'
  return 'Obese'
}

export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number]
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

/** Basal metabolic rate (kcal/day), Mifflin–St Jeor; needs weight, height, age and sex. */
export function bmr(weightKg: number | null, heightCm: number | null, age: number | null, gender: 'male' | 'female' | null): number | null {
  if (!weightKg || !heightCm || age === null || !gender) return null
  return Math.round(10 * weightKg + 6.25 * heightCm - 5 * age + (gender === 'male' ? 5 : -161))
}

/** Ideal weight (kg) as the weight at BMI 22 for the member's height: sex-neutral and simple to explain. */
export function idealWeight(heightCm: number | null): number | null {
  return heightCm ? round1(22 * (heightCm / 100) ** 2) : null
}

/** Daily calories to maintain weight at a moderate activity level (BMR × 1.55). */
export function dailyCalories(bmrValue: number | null): number | null {
  return bmrValue === null ? null : Math.round(bmrValue * 1.55)
}

export function healthFigures(m: { weight: number | null; height: number | null; gender: 'male' | 'female' | null; date_of_birth: string | null }, today: string) {
  const index = bmi(m.weight, m.height)
  const base = bmr(m.weight, m.height, m.date_of_birth ? ageOn(m.date_of_birth, today) : null, m.gender)
  return {
    bmi: index,
    bmi_category: bmiCategory(index),
    bmr: base,
    ideal_weight: idealWeight(m.height),
    daily_calories: dailyCalories(base),
  }
}
