import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.metric_type import MetricType
from ...types import UNSET, CallOptions, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.compare_trials_response import CompareTrialsResponse


def _get_kwargs(
    *,
    trial_ids: list[int] | Unset = UNSET,
    max_datapoints: int | Unset = UNSET,
    metric_names: list[str] | Unset = UNSET,
    start_batches: int | Unset = UNSET,
    end_batches: int | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    metric_ids: list[str] | Unset = UNSET,
    time_series_filter_name: str | Unset = UNSET,
    time_series_filter_double_range_lt: float | Unset = UNSET,
    time_series_filter_double_range_lte: float | Unset = UNSET,
    time_series_filter_double_range_gt: float | Unset = UNSET,
    time_series_filter_double_range_gte: float | Unset = UNSET,
    time_series_filter_integer_range_lt: int | Unset = UNSET,
    time_series_filter_integer_range_lte: int | Unset = UNSET,
    time_series_filter_integer_range_gt: int | Unset = UNSET,
    time_series_filter_integer_range_gte: int | Unset = UNSET,
    time_series_filter_integer_range_incl: list[int] | Unset = UNSET,
    time_series_filter_integer_range_not_in: list[int] | Unset = UNSET,
    time_series_filter_time_range_lt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_lte: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gte: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_trial_ids: list[int] | Unset = UNSET
    if not isinstance(trial_ids, Unset):
        json_trial_ids = trial_ids

    params["trialIds"] = json_trial_ids

    params["maxDatapoints"] = max_datapoints

    json_metric_names: list[str] | Unset = UNSET
    if not isinstance(metric_names, Unset):
        json_metric_names = metric_names

    params["metricNames"] = json_metric_names

    params["startBatches"] = start_batches

    params["endBatches"] = end_batches

    json_metric_type: str | Unset = UNSET
    if not isinstance(metric_type, Unset):
        json_metric_type = metric_type

    params["metricType"] = json_metric_type

    params["group"] = group

    json_metric_ids: list[str] | Unset = UNSET
    if not isinstance(metric_ids, Unset):
        json_metric_ids = metric_ids

    params["metricIds"] = json_metric_ids

    params["timeSeriesFilter.name"] = time_series_filter_name

    params["timeSeriesFilter.doubleRange.lt"] = time_series_filter_double_range_lt

    params["timeSeriesFilter.doubleRange.lte"] = time_series_filter_double_range_lte

    params["timeSeriesFilter.doubleRange.gt"] = time_series_filter_double_range_gt

    params["timeSeriesFilter.doubleRange.gte"] = time_series_filter_double_range_gte

    params["timeSeriesFilter.integerRange.lt"] = time_series_filter_integer_range_lt

    params["timeSeriesFilter.integerRange.lte"] = time_series_filter_integer_range_lte

    params["timeSeriesFilter.integerRange.gt"] = time_series_filter_integer_range_gt

    params["timeSeriesFilter.integerRange.gte"] = time_series_filter_integer_range_gte

    json_time_series_filter_integer_range_incl: list[int] | Unset = UNSET
    if not isinstance(time_series_filter_integer_range_incl, Unset):
        json_time_series_filter_integer_range_incl = time_series_filter_integer_range_incl

    params["timeSeriesFilter.integerRange.incl"] = json_time_series_filter_integer_range_incl

    json_time_series_filter_integer_range_not_in: list[int] | Unset = UNSET
    if not isinstance(time_series_filter_integer_range_not_in, Unset):
        json_time_series_filter_integer_range_not_in = time_series_filter_integer_range_not_in

    params["timeSeriesFilter.integerRange.notIn"] = json_time_series_filter_integer_range_not_in

    json_time_series_filter_time_range_lt: str | Unset = UNSET
    if not isinstance(time_series_filter_time_range_lt, Unset):
        json_time_series_filter_time_range_lt = time_series_filter_time_range_lt.isoformat()
    params["timeSeriesFilter.timeRange.lt"] = json_time_series_filter_time_range_lt

    json_time_series_filter_time_range_lte: str | Unset = UNSET
    if not isinstance(time_series_filter_time_range_lte, Unset):
        json_time_series_filter_time_range_lte = time_series_filter_time_range_lte.isoformat()
    params["timeSeriesFilter.timeRange.lte"] = json_time_series_filter_time_range_lte

    json_time_series_filter_time_range_gt: str | Unset = UNSET
    if not isinstance(time_series_filter_time_range_gt, Unset):
        json_time_series_filter_time_range_gt = time_series_filter_time_range_gt.isoformat()
    params["timeSeriesFilter.timeRange.gt"] = json_time_series_filter_time_range_gt

    json_time_series_filter_time_range_gte: str | Unset = UNSET
    if not isinstance(time_series_filter_time_range_gte, Unset):
        json_time_series_filter_time_range_gte = time_series_filter_time_range_gte.isoformat()
    params["timeSeriesFilter.timeRange.gte"] = json_time_series_filter_time_range_gte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/trials/time-series",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | CompareTrialsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.CompareTrialsResponse.from_dict(_response_200)

        return response_200

    if response.status_code == 400:
        _response_400 = decode_json(response.content)
        if not isinstance(_response_400, dict):
            raise TypeError(f"response_400: expected object, got {type(_response_400).__name__}")
        response_400 = _models.ApiError.from_dict(_response_400)

        return response_400

    if response.status_code == 401:
        _response_401 = decode_json(response.content)
        if not isinstance(_response_401, dict):
            raise TypeError(f"response_401: expected object, got {type(_response_401).__name__}")
        response_401 = _models.ApiError.from_dict(_response_401)

        return response_401

    if response.status_code == 403:
        _response_403 = decode_json(response.content)
        if not isinstance(_response_403, dict):
            raise TypeError(f"response_403: expected object, got {type(_response_403).__name__}")
        response_403 = _models.ApiError.from_dict(_response_403)

        return response_403

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | CompareTrialsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    trial_ids: list[int] | Unset = UNSET,
    max_datapoints: int | Unset = UNSET,
    metric_names: list[str] | Unset = UNSET,
    start_batches: int | Unset = UNSET,
    end_batches: int | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    metric_ids: list[str] | Unset = UNSET,
    time_series_filter_name: str | Unset = UNSET,
    time_series_filter_double_range_lt: float | Unset = UNSET,
    time_series_filter_double_range_lte: float | Unset = UNSET,
    time_series_filter_double_range_gt: float | Unset = UNSET,
    time_series_filter_double_range_gte: float | Unset = UNSET,
    time_series_filter_integer_range_lt: int | Unset = UNSET,
    time_series_filter_integer_range_lte: int | Unset = UNSET,
    time_series_filter_integer_range_gt: int | Unset = UNSET,
    time_series_filter_integer_range_gte: int | Unset = UNSET,
    time_series_filter_integer_range_incl: list[int] | Unset = UNSET,
    time_series_filter_integer_range_not_in: list[int] | Unset = UNSET,
    time_series_filter_time_range_lt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_lte: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gte: datetime.datetime | Unset = UNSET,
) -> "Response[ApiError | CompareTrialsResponse]":
    """Compare metrics of several trials

     For each listed trial, its metrics as time series reduced to at most `maxDatapoints` points per
    series, optionally limited to a range of batches and a filter. For charts that put trials side by
    side.

    Args:
        trial_ids (list[int] | Unset):
        max_datapoints (int | Unset):
        metric_names (list[str] | Unset):
        start_batches (int | Unset):
        end_batches (int | Unset):
        metric_type (MetricType | Unset):
        group (str | Unset):
        metric_ids (list[str] | Unset):
        time_series_filter_name (str | Unset):
        time_series_filter_double_range_lt (float | Unset):
        time_series_filter_double_range_lte (float | Unset):
        time_series_filter_double_range_gt (float | Unset):
        time_series_filter_double_range_gte (float | Unset):
        time_series_filter_integer_range_lt (int | Unset):
        time_series_filter_integer_range_lte (int | Unset):
        time_series_filter_integer_range_gt (int | Unset):
        time_series_filter_integer_range_gte (int | Unset):
        time_series_filter_integer_range_incl (list[int] | Unset):
        time_series_filter_integer_range_not_in (list[int] | Unset):
        time_series_filter_time_range_lt (datetime.datetime | Unset):
        time_series_filter_time_range_lte (datetime.datetime | Unset):
        time_series_filter_time_range_gt (datetime.datetime | Unset):
        time_series_filter_time_range_gte (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CompareTrialsResponse]
    """

    kwargs = _get_kwargs(
        trial_ids=trial_ids,
        max_datapoints=max_datapoints,
        metric_names=metric_names,
        start_batches=start_batches,
        end_batches=end_batches,
        metric_type=metric_type,
        group=group,
        metric_ids=metric_ids,
        time_series_filter_name=time_series_filter_name,
        time_series_filter_double_range_lt=time_series_filter_double_range_lt,
        time_series_filter_double_range_lte=time_series_filter_double_range_lte,
        time_series_filter_double_range_gt=time_series_filter_double_range_gt,
        time_series_filter_double_range_gte=time_series_filter_double_range_gte,
        time_series_filter_integer_range_lt=time_series_filter_integer_range_lt,
        time_series_filter_integer_range_lte=time_series_filter_integer_range_lte,
        time_series_filter_integer_range_gt=time_series_filter_integer_range_gt,
        time_series_filter_integer_range_gte=time_series_filter_integer_range_gte,
        time_series_filter_integer_range_incl=time_series_filter_integer_range_incl,
        time_series_filter_integer_range_not_in=time_series_filter_integer_range_not_in,
        time_series_filter_time_range_lt=time_series_filter_time_range_lt,
        time_series_filter_time_range_lte=time_series_filter_time_range_lte,
        time_series_filter_time_range_gt=time_series_filter_time_range_gt,
        time_series_filter_time_range_gte=time_series_filter_time_range_gte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    trial_ids: list[int] | Unset = UNSET,
    max_datapoints: int | Unset = UNSET,
    metric_names: list[str] | Unset = UNSET,
    start_batches: int | Unset = UNSET,
    end_batches: int | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    metric_ids: list[str] | Unset = UNSET,
    time_series_filter_name: str | Unset = UNSET,
    time_series_filter_double_range_lt: float | Unset = UNSET,
    time_series_filter_double_range_lte: float | Unset = UNSET,
    time_series_filter_double_range_gt: float | Unset = UNSET,
    time_series_filter_double_range_gte: float | Unset = UNSET,
    time_series_filter_integer_range_lt: int | Unset = UNSET,
    time_series_filter_integer_range_lte: int | Unset = UNSET,
    time_series_filter_integer_range_gt: int | Unset = UNSET,
    time_series_filter_integer_range_gte: int | Unset = UNSET,
    time_series_filter_integer_range_incl: list[int] | Unset = UNSET,
    time_series_filter_integer_range_not_in: list[int] | Unset = UNSET,
    time_series_filter_time_range_lt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_lte: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gte: datetime.datetime | Unset = UNSET,
) -> "ApiError | CompareTrialsResponse | None":
    """Compare metrics of several trials

     For each listed trial, its metrics as time series reduced to at most `maxDatapoints` points per
    series, optionally limited to a range of batches and a filter. For charts that put trials side by
    side.

    Args:
        trial_ids (list[int] | Unset):
        max_datapoints (int | Unset):
        metric_names (list[str] | Unset):
        start_batches (int | Unset):
        end_batches (int | Unset):
        metric_type (MetricType | Unset):
        group (str | Unset):
        metric_ids (list[str] | Unset):
        time_series_filter_name (str | Unset):
        time_series_filter_double_range_lt (float | Unset):
        time_series_filter_double_range_lte (float | Unset):
        time_series_filter_double_range_gt (float | Unset):
        time_series_filter_double_range_gte (float | Unset):
        time_series_filter_integer_range_lt (int | Unset):
        time_series_filter_integer_range_lte (int | Unset):
        time_series_filter_integer_range_gt (int | Unset):
        time_series_filter_integer_range_gte (int | Unset):
        time_series_filter_integer_range_incl (list[int] | Unset):
        time_series_filter_integer_range_not_in (list[int] | Unset):
        time_series_filter_time_range_lt (datetime.datetime | Unset):
        time_series_filter_time_range_lte (datetime.datetime | Unset):
        time_series_filter_time_range_gt (datetime.datetime | Unset):
        time_series_filter_time_range_gte (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CompareTrialsResponse
    """

    return sync_detailed(
        client=client,
        trial_ids=trial_ids,
        max_datapoints=max_datapoints,
        metric_names=metric_names,
        start_batches=start_batches,
        end_batches=end_batches,
        metric_type=metric_type,
        group=group,
        metric_ids=metric_ids,
        time_series_filter_name=time_series_filter_name,
        time_series_filter_double_range_lt=time_series_filter_double_range_lt,
        time_series_filter_double_range_lte=time_series_filter_double_range_lte,
        time_series_filter_double_range_gt=time_series_filter_double_range_gt,
        time_series_filter_double_range_gte=time_series_filter_double_range_gte,
        time_series_filter_integer_range_lt=time_series_filter_integer_range_lt,
        time_series_filter_integer_range_lte=time_series_filter_integer_range_lte,
        time_series_filter_integer_range_gt=time_series_filter_integer_range_gt,
        time_series_filter_integer_range_gte=time_series_filter_integer_range_gte,
        time_series_filter_integer_range_incl=time_series_filter_integer_range_incl,
        time_series_filter_integer_range_not_in=time_series_filter_integer_range_not_in,
        time_series_filter_time_range_lt=time_series_filter_time_range_lt,
        time_series_filter_time_range_lte=time_series_filter_time_range_lte,
        time_series_filter_time_range_gt=time_series_filter_time_range_gt,
        time_series_filter_time_range_gte=time_series_filter_time_range_gte,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    trial_ids: list[int] | Unset = UNSET,
    max_datapoints: int | Unset = UNSET,
    metric_names: list[str] | Unset = UNSET,
    start_batches: int | Unset = UNSET,
    end_batches: int | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    metric_ids: list[str] | Unset = UNSET,
    time_series_filter_name: str | Unset = UNSET,
    time_series_filter_double_range_lt: float | Unset = UNSET,
    time_series_filter_double_range_lte: float | Unset = UNSET,
    time_series_filter_double_range_gt: float | Unset = UNSET,
    time_series_filter_double_range_gte: float | Unset = UNSET,
    time_series_filter_integer_range_lt: int | Unset = UNSET,
    time_series_filter_integer_range_lte: int | Unset = UNSET,
    time_series_filter_integer_range_gt: int | Unset = UNSET,
    time_series_filter_integer_range_gte: int | Unset = UNSET,
    time_series_filter_integer_range_incl: list[int] | Unset = UNSET,
    time_series_filter_integer_range_not_in: list[int] | Unset = UNSET,
    time_series_filter_time_range_lt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_lte: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gte: datetime.datetime | Unset = UNSET,
) -> "Response[ApiError | CompareTrialsResponse]":
    """Compare metrics of several trials

     For each listed trial, its metrics as time series reduced to at most `maxDatapoints` points per
    series, optionally limited to a range of batches and a filter. For charts that put trials side by
    side.

    Args:
        trial_ids (list[int] | Unset):
        max_datapoints (int | Unset):
        metric_names (list[str] | Unset):
        start_batches (int | Unset):
        end_batches (int | Unset):
        metric_type (MetricType | Unset):
        group (str | Unset):
        metric_ids (list[str] | Unset):
        time_series_filter_name (str | Unset):
        time_series_filter_double_range_lt (float | Unset):
        time_series_filter_double_range_lte (float | Unset):
        time_series_filter_double_range_gt (float | Unset):
        time_series_filter_double_range_gte (float | Unset):
        time_series_filter_integer_range_lt (int | Unset):
        time_series_filter_integer_range_lte (int | Unset):
        time_series_filter_integer_range_gt (int | Unset):
        time_series_filter_integer_range_gte (int | Unset):
        time_series_filter_integer_range_incl (list[int] | Unset):
        time_series_filter_integer_range_not_in (list[int] | Unset):
        time_series_filter_time_range_lt (datetime.datetime | Unset):
        time_series_filter_time_range_lte (datetime.datetime | Unset):
        time_series_filter_time_range_gt (datetime.datetime | Unset):
        time_series_filter_time_range_gte (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CompareTrialsResponse]
    """

    kwargs = _get_kwargs(
        trial_ids=trial_ids,
        max_datapoints=max_datapoints,
        metric_names=metric_names,
        start_batches=start_batches,
        end_batches=end_batches,
        metric_type=metric_type,
        group=group,
        metric_ids=metric_ids,
        time_series_filter_name=time_series_filter_name,
        time_series_filter_double_range_lt=time_series_filter_double_range_lt,
        time_series_filter_double_range_lte=time_series_filter_double_range_lte,
        time_series_filter_double_range_gt=time_series_filter_double_range_gt,
        time_series_filter_double_range_gte=time_series_filter_double_range_gte,
        time_series_filter_integer_range_lt=time_series_filter_integer_range_lt,
        time_series_filter_integer_range_lte=time_series_filter_integer_range_lte,
        time_series_filter_integer_range_gt=time_series_filter_integer_range_gt,
        time_series_filter_integer_range_gte=time_series_filter_integer_range_gte,
        time_series_filter_integer_range_incl=time_series_filter_integer_range_incl,
        time_series_filter_integer_range_not_in=time_series_filter_integer_range_not_in,
        time_series_filter_time_range_lt=time_series_filter_time_range_lt,
        time_series_filter_time_range_lte=time_series_filter_time_range_lte,
        time_series_filter_time_range_gt=time_series_filter_time_range_gt,
        time_series_filter_time_range_gte=time_series_filter_time_range_gte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    trial_ids: list[int] | Unset = UNSET,
    max_datapoints: int | Unset = UNSET,
    metric_names: list[str] | Unset = UNSET,
    start_batches: int | Unset = UNSET,
    end_batches: int | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    metric_ids: list[str] | Unset = UNSET,
    time_series_filter_name: str | Unset = UNSET,
    time_series_filter_double_range_lt: float | Unset = UNSET,
    time_series_filter_double_range_lte: float | Unset = UNSET,
    time_series_filter_double_range_gt: float | Unset = UNSET,
    time_series_filter_double_range_gte: float | Unset = UNSET,
    time_series_filter_integer_range_lt: int | Unset = UNSET,
    time_series_filter_integer_range_lte: int | Unset = UNSET,
    time_series_filter_integer_range_gt: int | Unset = UNSET,
    time_series_filter_integer_range_gte: int | Unset = UNSET,
    time_series_filter_integer_range_incl: list[int] | Unset = UNSET,
    time_series_filter_integer_range_not_in: list[int] | Unset = UNSET,
    time_series_filter_time_range_lt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_lte: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gte: datetime.datetime | Unset = UNSET,
) -> "ApiError | CompareTrialsResponse | None":
    """Compare metrics of several trials

     For each listed trial, its metrics as time series reduced to at most `maxDatapoints` points per
    series, optionally limited to a range of batches and a filter. For charts that put trials side by
    side.

    Args:
        trial_ids (list[int] | Unset):
        max_datapoints (int | Unset):
        metric_names (list[str] | Unset):
        start_batches (int | Unset):
        end_batches (int | Unset):
        metric_type (MetricType | Unset):
        group (str | Unset):
        metric_ids (list[str] | Unset):
        time_series_filter_name (str | Unset):
        time_series_filter_double_range_lt (float | Unset):
        time_series_filter_double_range_lte (float | Unset):
        time_series_filter_double_range_gt (float | Unset):
        time_series_filter_double_range_gte (float | Unset):
        time_series_filter_integer_range_lt (int | Unset):
        time_series_filter_integer_range_lte (int | Unset):
        time_series_filter_integer_range_gt (int | Unset):
        time_series_filter_integer_range_gte (int | Unset):
        time_series_filter_integer_range_incl (list[int] | Unset):
        time_series_filter_integer_range_not_in (list[int] | Unset):
        time_series_filter_time_range_lt (datetime.datetime | Unset):
        time_series_filter_time_range_lte (datetime.datetime | Unset):
        time_series_filter_time_range_gt (datetime.datetime | Unset):
        time_series_filter_time_range_gte (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CompareTrialsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            trial_ids=trial_ids,
            max_datapoints=max_datapoints,
            metric_names=metric_names,
            start_batches=start_batches,
            end_batches=end_batches,
            metric_type=metric_type,
            group=group,
            metric_ids=metric_ids,
            time_series_filter_name=time_series_filter_name,
            time_series_filter_double_range_lt=time_series_filter_double_range_lt,
            time_series_filter_double_range_lte=time_series_filter_double_range_lte,
            time_series_filter_double_range_gt=time_series_filter_double_range_gt,
            time_series_filter_double_range_gte=time_series_filter_double_range_gte,
            time_series_filter_integer_range_lt=time_series_filter_integer_range_lt,
            time_series_filter_integer_range_lte=time_series_filter_integer_range_lte,
            time_series_filter_integer_range_gt=time_series_filter_integer_range_gt,
            time_series_filter_integer_range_gte=time_series_filter_integer_range_gte,
            time_series_filter_integer_range_incl=time_series_filter_integer_range_incl,
            time_series_filter_integer_range_not_in=time_series_filter_integer_range_not_in,
            time_series_filter_time_range_lt=time_series_filter_time_range_lt,
            time_series_filter_time_range_lte=time_series_filter_time_range_lte,
            time_series_filter_time_range_gt=time_series_filter_time_range_gt,
            time_series_filter_time_range_gte=time_series_filter_time_range_gte,
        )
    ).parsed


def _from_json(data: Any) -> "CompareTrialsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.CompareTrialsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "CompareTrialsResponse":
    return _from_json(decode_json(response.content))


def request(
    *,
    trial_ids: list[int] | Unset = UNSET,
    max_datapoints: int | Unset = UNSET,
    metric_names: list[str] | Unset = UNSET,
    start_batches: int | Unset = UNSET,
    end_batches: int | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    metric_ids: list[str] | Unset = UNSET,
    time_series_filter_name: str | Unset = UNSET,
    time_series_filter_double_range_lt: float | Unset = UNSET,
    time_series_filter_double_range_lte: float | Unset = UNSET,
    time_series_filter_double_range_gt: float | Unset = UNSET,
    time_series_filter_double_range_gte: float | Unset = UNSET,
    time_series_filter_integer_range_lt: int | Unset = UNSET,
    time_series_filter_integer_range_lte: int | Unset = UNSET,
    time_series_filter_integer_range_gt: int | Unset = UNSET,
    time_series_filter_integer_range_gte: int | Unset = UNSET,
    time_series_filter_integer_range_incl: list[int] | Unset = UNSET,
    time_series_filter_integer_range_not_in: list[int] | Unset = UNSET,
    time_series_filter_time_range_lt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_lte: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gt: datetime.datetime | Unset = UNSET,
    time_series_filter_time_range_gte: datetime.datetime | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[CompareTrialsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        trial_ids=trial_ids,
        max_datapoints=max_datapoints,
        metric_names=metric_names,
        start_batches=start_batches,
        end_batches=end_batches,
        metric_type=metric_type,
        group=group,
        metric_ids=metric_ids,
        time_series_filter_name=time_series_filter_name,
        time_series_filter_double_range_lt=time_series_filter_double_range_lt,
        time_series_filter_double_range_lte=time_series_filter_double_range_lte,
        time_series_filter_double_range_gt=time_series_filter_double_range_gt,
        time_series_filter_double_range_gte=time_series_filter_double_range_gte,
        time_series_filter_integer_range_lt=time_series_filter_integer_range_lt,
        time_series_filter_integer_range_lte=time_series_filter_integer_range_lte,
        time_series_filter_integer_range_gt=time_series_filter_integer_range_gt,
        time_series_filter_integer_range_gte=time_series_filter_integer_range_gte,
        time_series_filter_integer_range_incl=time_series_filter_integer_range_incl,
        time_series_filter_integer_range_not_in=time_series_filter_integer_range_not_in,
        time_series_filter_time_range_lt=time_series_filter_time_range_lt,
        time_series_filter_time_range_lte=time_series_filter_time_range_lte,
        time_series_filter_time_range_gt=time_series_filter_time_range_gt,
        time_series_filter_time_range_gte=time_series_filter_time_range_gte,
    )
    return Request("compare_trials", kwargs, _parse_ok, options, _from_json)
