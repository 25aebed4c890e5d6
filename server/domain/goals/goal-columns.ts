import { goals } from "@/db/schema";

export const goalColumns = {
  id: goals.id,
  horizon: goals.horizon,
  title: goals.title,
  details: goals.details,
  status: goals.status,
  shareWithCoaches: goals.shareWithCoaches,
  createdAt: goals.createdAt,
  updatedAt: goals.updatedAt,
};
