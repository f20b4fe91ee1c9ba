// Tables owned by the staff-security feature (filled in by its migration).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StaffSecurityTables {}
