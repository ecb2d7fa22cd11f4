/**
 * What a TypeScript team writes against the published contract. `make proof` generates
 * dist/walletapp.d.ts with openapi-typescript (pinned) from dist/walletapp.openapi.yaml and compiles
 * this file with it under `tsc --strict`: if the contract stops producing usable types, CI fails.
 *
 * The webhook is typed through `webhooks`: the published file inlines its path item, because
 * openapi-typescript 7 types a webhook that is a `$ref` to a path item `never`
 * (openapi-ts/openapi-typescript#1725). `WebhookIsTheEventUnion` fails to compile if that comes back.
 */
import type { components, operations, paths, webhooks } from "../../../dist/walletapp";

type JsonContent<R> = R extends { content: { "application/json": infer Body } } ? Body : never;
type SuccessBody<Op> = Op extends { responses: { 200: infer R } } ? JsonContent<R> : never;
type RequestBody<Op> = Op extends { requestBody: { content: { "application/json": infer Body } } }
  ? Body
  : Op extends { requestBody?: { content: { "application/json": infer Body } } }
    ? Body
    : never;

export const membersPath: keyof paths = "/members/list";

export const firstPage: operations["listMembers"]["parameters"]["query"] = {
  brand_id: "0b6e1c1e-6d43-4c8a-9d0c-2f3f4c5d6e7f",
  page: 1,
  per_page: 25,
};

export function successMessage(body: SuccessBody<operations["listMembers"]>): string {
  return body.message;
}

type BatchEvent = components["schemas"]["BatchEvent"];

export function describeBatch(event: BatchEvent): string {
  switch (event.status) {
    case "success":
      return `batch ${event.batch_id} done, results at ${event.link}`;
    case "failed":
      return `batch ${event.batch_id} failed: ${event.error}`;
  }
}

type WebhookPayload = RequestBody<webhooks["batchFinished"]["post"]>;
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type NotNever<T> = [T] extends [never] ? false : true;
export const webhookIsTheEventUnion: Exactly<WebhookPayload, BatchEvent> & NotNever<WebhookPayload> = true;

export function onNotification(body: WebhookPayload): string {
  return describeBatch(body);
}

type Unauthenticated = JsonContent<components["responses"]["Unauthenticated"]>;
export const refused: Unauthenticated = { message: "Unauthenticated." };
