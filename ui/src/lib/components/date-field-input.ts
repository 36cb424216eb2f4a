// For component tests: types a day into a DateField as a person would, part by part.
import { fireEvent } from "@testing-library/svelte";

/** Fills the date field that `part` (any of its parts, e.g. what `getByLabelText` finds) belongs
 *  to with `day` ("YYYY-MM-DD"). */
export async function typeDay(part: HTMLElement, day: string): Promise<void> {
  const field = part.closest<HTMLElement>(".date-field");
  if (!field) throw new Error("not a date field");
  const [year, month, date] = day.split("-");
  await fireEvent.input(field.querySelector("input.day")!, { target: { value: String(Number(date)) } });
  await fireEvent.change(field.querySelector("select.month")!, { target: { value: String(Number(month)) } });
  await fireEvent.input(field.querySelector("input.year")!, { target: { value: year } });
}
