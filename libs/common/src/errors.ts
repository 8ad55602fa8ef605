/** The one error shape every 4xx/5xx response has. */
export interface FieldError {
  field: string;
  message: string;
}

export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldError[];
}
