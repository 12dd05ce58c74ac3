// The actions' name for a refusal: the domain's own error, which the data layer throws too.
export { DomainError as ActionError } from "@/lib/domain/errors";
